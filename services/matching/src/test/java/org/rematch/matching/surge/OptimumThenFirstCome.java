package org.rematch.matching.surge;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a surge batch amounts to, in memory: the optimum on the candidate graph, then first-come for the mentees it left
 * waiting over their wider candidates and the slots still free (in the service the Proposer does that part).
 */
final class OptimumThenFirstCome {

    private OptimumThenFirstCome() {
    }

    static Assignment assign(List<WaitingMentee> batch, List<WaitingMentee> wider, Map<String, Integer> slotsLeft) {
        Assignment optimal = SurgeOptimizer.assign(batch, slotsLeft);
        Map<String, Integer> stillFree = new HashMap<>(slotsLeft);
        optimal.load().forEach((mentorId, taken) -> stillFree.merge(mentorId, -taken.intValue(), Integer::sum));
        List<WaitingMentee> leftOver = wider.stream().filter(mentee -> !optimal.mentorOf().containsKey(mentee.menteeId())).toList();
        Map<String, String> mentorOf = new HashMap<>(optimal.mentorOf());
        mentorOf.putAll(FirstComeAssignment.assign(leftOver, stillFree).mentorOf());
        return Assignment.of(mentorOf, wider);
    }
}
