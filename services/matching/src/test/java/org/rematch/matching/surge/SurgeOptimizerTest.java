package org.rematch.matching.surge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class SurgeOptimizerTest {

    @Test
    void whereFirstComeLeavesAMenteeOutTheOptimizerServesBoth() {
        List<WaitingMentee> batch = List.of(
                new WaitingMentee("amina", List.of(new Candidate("x", 0.9), new Candidate("y", 0.8))),
                new WaitingMentee("bilal", List.of(new Candidate("x", 0.85))));
        Map<String, Integer> slots = Map.of("x", 1, "y", 1);

        Assignment firstCome = FirstComeAssignment.assign(batch, slots);
        Assignment optimal = SurgeOptimizer.assign(batch, slots);

        assertThat(firstCome.mentorOf()).isEqualTo(Map.of("amina", "x"));
        assertThat(firstCome.totalScore()).isEqualTo(0.9);
        assertThat(optimal.mentorOf()).isEqualTo(Map.of("amina", "y", "bilal", "x"));
        assertThat(optimal.totalScore()).isEqualTo(1.65, offset(1e-9));
    }

    @Test
    void aMentorWithoutSlotsOrAMenteeWithoutCandidatesIsLeftOut() {
        List<WaitingMentee> batch = List.of(new WaitingMentee("amina", List.of(new Candidate("full", 0.9))),
                new WaitingMentee("bilal", List.of()));

        assertThat(SurgeOptimizer.assign(batch, Map.of("full", 0)).mentorOf()).isEmpty();
        assertThat(SurgeOptimizer.assign(List.of(), Map.of()).mentorOf()).isEmpty();
    }

    record Instance(List<WaitingMentee> batch, Map<String, Integer> slots) {
    }

    @Provide
    Arbitrary<Instance> instances() {
        Arbitrary<Integer> mentors = Arbitraries.integers().between(1, 4);
        Arbitrary<Integer> mentees = Arbitraries.integers().between(0, 6);
        return Combinators.combine(mentors, mentees, Arbitraries.randomValue(random -> random.nextLong()))
                .as((mentorCount, menteeCount, seed) -> {
                    Random random = new Random(seed);
                    Map<String, Integer> slots = new HashMap<>();
                    for (int m = 0; m < mentorCount; m++) {
                        slots.put("m" + m, random.nextInt(3));
                    }
                    List<WaitingMentee> batch = new ArrayList<>();
                    for (int e = 0; e < menteeCount; e++) {
                        List<Candidate> candidates = new ArrayList<>();
                        for (int m = 0; m < mentorCount; m++) {
                            if (random.nextInt(3) > 0) {
                                candidates.add(new Candidate("m" + m, random.nextInt(1001) / 1000.0));
                            }
                        }
                        batch.add(new WaitingMentee("e" + e, candidates));
                    }
                    return new Instance(batch, slots);
                });
    }

    @Property(tries = 300)
    void theOptimizerIsFeasibleNeverWorseThanFirstComeAndAsGoodAsEveryPossibleAssignment(@ForAll("instances") Instance instance) {
        Assignment optimal = SurgeOptimizer.assign(instance.batch(), instance.slots());

        optimal.load().forEach((mentorId, mentees) -> assertThat(mentees).isLessThanOrEqualTo(instance.slots().get(mentorId)));
        instance.batch().stream().filter(mentee -> optimal.mentorOf().containsKey(mentee.menteeId()))
                .forEach(mentee -> assertThat(mentee.candidates()).extracting(Candidate::mentorId)
                        .contains(optimal.mentorOf().get(mentee.menteeId())));
        assertThat(optimal.totalScore()).isGreaterThanOrEqualTo(
                FirstComeAssignment.assign(instance.batch(), instance.slots()).totalScore() - 1e-9);
        assertThat(optimal.totalScore()).isEqualTo(bestByTryingEverything(instance.batch(), 0, new HashMap<>(instance.slots())),
                offset(1e-9));
    }

    @Property(tries = 200)
    void fillingAfterTheOptimumNeverLosesWhatTheOptimumGaveAndStaysFeasible(@ForAll("instances") Instance wide) {
        List<WaitingMentee> narrow = wide.batch().stream()
                .map(mentee -> new WaitingMentee(mentee.menteeId(), mentee.candidates().stream().limit(1).toList())).toList();

        Assignment optimal = SurgeOptimizer.assign(narrow, wide.slots());
        Assignment filled = OptimumThenFirstCome.assign(narrow, wide.batch(), wide.slots());

        assertThat(filled.mentorOf()).containsAllEntriesOf(optimal.mentorOf());
        assertThat(filled.totalScore()).isGreaterThanOrEqualTo(optimal.totalScore() - 1e-9);
        filled.load().forEach((mentorId, mentees) -> assertThat(mentees).isLessThanOrEqualTo(wide.slots().get(mentorId)));
    }

    /** The greatest total score of any feasible assignment, by trying every choice for every mentee. */
    private static double bestByTryingEverything(List<WaitingMentee> batch, int from, Map<String, Integer> left) {
        if (from == batch.size()) {
            return 0;
        }
        double best = bestByTryingEverything(batch, from + 1, left); // this mentee waits
        for (Candidate candidate : batch.get(from).candidates()) {
            if (left.get(candidate.mentorId()) > 0) {
                left.merge(candidate.mentorId(), -1, Integer::sum);
                best = Math.max(best, candidate.score() + bestByTryingEverything(batch, from + 1, left));
                left.merge(candidate.mentorId(), 1, Integer::sum);
            }
        }
        return best;
    }
}
