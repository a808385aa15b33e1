package org.rematch.matching.surge;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import org.rematch.matching.scoring.MenteePath;
import org.rematch.matching.scoring.MentorCandidate;
import org.rematch.matching.scoring.MentorScorer;

/**
 * The edges of a surge batch, under the rules of an automatic proposal (the mentor accepting today with a slot left,
 * on the mentee's path, sharing a language, not one they had before), scored by the scorer's points alone. Kept from both sides: each
 * mentee's K best mentors, and each mentor's K best mentees per free slot. Mentee-side edges alone crowd everyone
 * onto the same popular mentors and leave other mentors' slots out of reach (measured in docs/performance.md); the
 * mentor-side edges keep every slot reachable by the mentees it suits best.
 */
public final class CandidateGraph {

    /**
     * Lowest score first; among equal scores (common: scores take few distinct values) by a tie-breaker drawn from the
     * pair, so that equally good mentors share the mentees out instead of every mentee keeping the same few.
     */
    private static final Comparator<Scored> WORST_FIRST = Comparator.comparingDouble(Scored::score)
            .thenComparingInt(Scored::tieBreak).thenComparing(Scored::key);

    private record Scored(String key, double score, int tieBreak) {

        static Scored of(String key, double score, String menteeId, String mentorId) {
            return new Scored(key, score, (menteeId + "|" + mentorId).hashCode());
        }
    }

    private final MentorScorer scorer;
    private final int k;

    public CandidateGraph(MentorScorer scorer, int k) {
        if (k < 1) {
            throw new IllegalArgumentException("k must be at least 1, not " + k);
        }
        this.scorer = scorer;
        this.k = k;
    }

    /**
     * @param mentees   in the order they came (first-come follows it)
     * @param excluded  per mentee id, the mentors they must not be proposed (had before)
     */
    public List<WaitingMentee> batch(List<MenteePath> mentees, Collection<MentorCandidate> mentors, Map<String, Set<String>> excluded,
            LocalDate today) {
        List<MentorCandidate> available = mentors.stream().filter(mentor -> mentor.available(today)).toList();
        Map<String, PriorityQueue<Scored>> bestOfMentor = new HashMap<>();
        Map<String, Map<String, Double>> edges = new LinkedHashMap<>();
        for (MenteePath mentee : mentees) {
            Set<String> notAgain = excluded.getOrDefault(mentee.menteeId(), Set.of());
            PriorityQueue<Scored> bestOfMentee = new PriorityQueue<>(WORST_FIRST);
            for (MentorCandidate mentor : available) {
                if (!MentorScorer.allowed(mentee, mentor, notAgain) || !MentorScorer.onTheSamePath(mentee, mentor)) {
                    continue;
                }
                double points = scorer.points(mentee, mentor);
                keepBest(bestOfMentee, Scored.of(mentor.mentorId(), points, mentee.menteeId(), mentor.mentorId()), k);
                keepBest(bestOfMentor.computeIfAbsent(mentor.mentorId(), id -> new PriorityQueue<>(WORST_FIRST)),
                        Scored.of(mentee.menteeId(), points, mentee.menteeId(), mentor.mentorId()), (int) Math.min(Integer.MAX_VALUE, (long) k * mentor.capacityLeft()));
            }
            Map<String, Double> ofMentee = edges.computeIfAbsent(mentee.menteeId(), id -> new HashMap<>());
            bestOfMentee.forEach(best -> ofMentee.put(best.key(), best.score()));
        }
        bestOfMentor.forEach((mentorId, best) -> best.forEach(mentee -> edges.get(mentee.key()).put(mentorId, mentee.score())));

        List<WaitingMentee> batch = new ArrayList<>(mentees.size());
        edges.forEach((menteeId, candidates) -> batch.add(new WaitingMentee(menteeId, candidates.entrySet().stream()
                .map(edge -> new Candidate(edge.getKey(), edge.getValue()))
                .sorted(Comparator.comparingDouble(Candidate::score).reversed().thenComparing(Candidate::mentorId))
                .toList())));
        return batch;
    }

    private static void keepBest(PriorityQueue<Scored> best, Scored scored, int limit) {
        best.add(scored);
        if (best.size() > limit) {
            best.poll();
        }
    }
}
