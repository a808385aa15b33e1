package org.rematch.matching.surge;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What matching does outside a surge: each mentee, in the order they came, takes their best candidate with a slot
 * left. The baseline the surge optimizer is measured against.
 */
public final class FirstComeAssignment {

    private FirstComeAssignment() {
    }

    public static Assignment assign(List<WaitingMentee> batch, Map<String, Integer> slotsLeft) {
        Map<String, Integer> left = new HashMap<>(slotsLeft);
        Map<String, String> mentorOf = new HashMap<>();
        for (WaitingMentee mentee : batch) {
            mentee.candidates().stream()
                    .filter(candidate -> left.getOrDefault(candidate.mentorId(), 0) > 0)
                    .max(Comparator.comparingDouble(Candidate::score).thenComparing(Candidate::mentorId, Comparator.reverseOrder()))
                    .ifPresent(best -> {
                        left.merge(best.mentorId(), -1, Integer::sum);
                        mentorOf.put(mentee.menteeId(), best.mentorId());
                    });
        }
        return Assignment.of(mentorOf, batch);
    }
}
