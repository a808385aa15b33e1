package org.rematch.matching.surge;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Which mentor each mentee of a batch is proposed (mentees left out wait), and the total score that earns.
 *
 * @param mentorOf menteeId → mentorId
 */
public record Assignment(Map<String, String> mentorOf, double totalScore) {

    public Assignment {
        mentorOf = Map.copyOf(mentorOf);
    }

    /** The assignment and its total, from the batch's own scores. */
    static Assignment of(Map<String, String> mentorOf, List<WaitingMentee> batch) {
        double total = batch.stream().filter(mentee -> mentorOf.containsKey(mentee.menteeId()))
                .mapToDouble(mentee -> mentee.candidates().stream()
                        .filter(candidate -> candidate.mentorId().equals(mentorOf.get(mentee.menteeId())))
                        .mapToDouble(Candidate::score).max().orElse(0))
                .sum();
        return new Assignment(mentorOf, total);
    }

    /** How many mentees each mentor is given. */
    public Map<String, Long> load() {
        return mentorOf.values().stream().collect(Collectors.groupingBy(mentorId -> mentorId, Collectors.counting()));
    }
}
