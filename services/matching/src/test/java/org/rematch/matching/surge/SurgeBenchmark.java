package org.rematch.matching.surge;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.rematch.matching.scoring.MenteePath;
import org.rematch.matching.scoring.MentorCandidate;
import org.rematch.matching.scoring.MentorScorer;
import org.rematch.population.PopulationGenerator;

/**
 * A Match Monday on the synthetic population (infra/population): N mentees waiting at once for M mentors. Prints the
 * total score and the mentees served by first-come assignment, by the surge optimizer on the top-K candidate graph, and
 * by the exact optimum over every same-path edge; and how long building the graph and solving take. Not part of the
 * test run (the name does not end in Test); run it with the command in docs/performance.md.
 */
class SurgeBenchmark {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 16);
    private static final MentorScorer SCORER = new MentorScorer();

    private final int mentees = Integer.getInteger("rematch.surge.mentees", 10_000);
    private final int mentors = Integer.getInteger("rematch.surge.mentors", 2_000);
    private final int k = Integer.getInteger("rematch.surge.k", 30);
    private final long seed = Long.getLong("rematch.surge.seed", 2026L);

    @Test
    void matchMonday() {
        PopulationGenerator population = new PopulationGenerator(seed, TODAY.getYear());
        List<MentorCandidate> listed = IntStream.range(0, mentors).mapToObj(population::mentor).map(SyntheticPaths::candidate).toList();
        List<MenteePath> waiting = IntStream.range(0, mentees).mapToObj(population::mentee).map(SyntheticPaths::path).toList();
        Map<String, Integer> slots = new HashMap<>();
        listed.stream().filter(mentor -> mentor.available(TODAY)).forEach(mentor -> slots.put(mentor.mentorId(), mentor.capacityLeft()));
        System.out.printf("%nSurge benchmark: %,d mentees, %,d mentors (%,d accepting, %,d slots), K = %d, seed %d, %d cores%n",
                mentees, mentors, slots.size(), slots.values().stream().mapToInt(Integer::intValue).sum(), k, seed,
                Runtime.getRuntime().availableProcessors());

        for (int warmUp = 0; warmUp < 2; warmUp++) {
            graph(waiting, listed, k);
        }
        List<WaitingMentee> topK = timed("top-K graph (both sides)", () -> graph(waiting, listed, k));
        List<WaitingMentee> everyEdge = timed("every same-path edge", () -> graph(waiting, listed, Integer.MAX_VALUE));
        System.out.printf("  edges: top-K %,d, every same-path edge %,d%n", edges(topK), edges(everyEdge));

        Assignment firstCome = timed("first-come, every edge", () -> FirstComeAssignment.assign(everyEdge, slots));
        SurgeOptimizer.assign(topK.subList(0, Math.min(100, topK.size())), slots); // loads the native library, warms up
        Assignment optimized = timed("surge optimizer, top-K graph", () -> SurgeOptimizer.assign(topK, slots));
        Assignment filled = timed("optimizer + first-come fill", () -> OptimumThenFirstCome.assign(topK, everyEdge, slots));
        Assignment exact = timed("exact optimum, every edge", () -> SurgeOptimizer.assign(everyEdge, slots));

        report("first-come (all edges)", firstCome);
        report("surge optimizer (top-K)", optimized);
        report("optimizer + fill", filled);
        report("exact optimum (all edges)", exact);
        assertThat(exact.totalScore()).isGreaterThanOrEqualTo(filled.totalScore() - 1e-6)
                .isGreaterThanOrEqualTo(firstCome.totalScore() - 1e-6);
    }

    private static List<WaitingMentee> graph(List<MenteePath> waiting, List<MentorCandidate> listed, int k) {
        return new CandidateGraph(SCORER, k).batch(waiting, listed, Map.of(), TODAY);
    }

    private static long edges(List<WaitingMentee> batch) {
        return batch.stream().mapToLong(mentee -> mentee.candidates().size()).sum();
    }

    private void report(String name, Assignment assignment) {
        System.out.printf("  %-27s total score %,10.3f   mentees proposed %,6d of %,d   mean score %.3f%n", name,
                assignment.totalScore(), assignment.mentorOf().size(), mentees,
                assignment.mentorOf().isEmpty() ? 0 : assignment.totalScore() / assignment.mentorOf().size());
    }

    private static <T> T timed(String what, Supplier<T> work) {
        long start = System.nanoTime();
        T result = work.get();
        System.out.printf("  %-27s %,9.1f ms%n", what, (System.nanoTime() - start) / 1e6);
        return result;
    }
}
