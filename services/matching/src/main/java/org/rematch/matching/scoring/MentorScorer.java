package org.rematch.matching.scoring;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Same-path scoring: how closely a mentor's road resembles the mentee's (see {@link ScoringWeights}), and the ranking
 * of the mentors who could take the mentee now.
 *
 * <p>Rules of the ranking:
 * <ul>
 *   <li>only mentors who are accepting and have a slot left;</li>
 *   <li>never a mentor in {@code excluded} (they declined this mentee or were proposed to them before);</li>
 *   <li>only mentors on the same path: sharing the specialty or the medical-school country. A mentor who shares
 *       neither (cycle closeness alone) is not a same-path match; the mentee waits for a better one instead;</li>
 *   <li>order: higher score, then more capacity left, then mentorId, so the result is deterministic.</li>
 * </ul>
 */
public final class MentorScorer {

    /** Best first: higher score, then more capacity left, then mentorId. */
    public static final Comparator<ScoredMentor> BEST_FIRST = Comparator
            .comparingDouble(ScoredMentor::score).reversed()
            .thenComparing(Comparator.comparingInt((ScoredMentor scored) -> scored.mentor().capacityLeft()).reversed())
            .thenComparing(ScoredMentor::mentorId);

    private final ScoringWeights weights;

    public MentorScorer(ScoringWeights weights) {
        this.weights = weights;
    }

    public MentorScorer() {
        this(ScoringWeights.DEFAULT);
    }

    /** The mentor's same-path score for the mentee, whatever their availability. */
    public ScoredMentor score(MenteePath mentee, MentorCandidate mentor) {
        double score = 0;
        List<MatchReason> reasons = new ArrayList<>();
        if (same(mentor.matchedSpecialty(), mentee.targetSpecialty())) {
            score += weights.specialty();
            reasons.add(new MatchReason("Matched " + mentor.matchedSpecialty() + ", your target specialty",
                    PathField.TARGET_SPECIALTY, weights.specialty()));
        }
        if (same(mentor.medicalSchoolCountry(), mentee.medicalSchoolCountry())) {
            score += weights.country();
            reasons.add(new MatchReason("Also trained in " + mentor.medicalSchoolCountry(), PathField.MEDICAL_SCHOOL_COUNTRY,
                    weights.country()));
        }
        int cycles = mentor.unmatchedCyclesBeforeMatch();
        int attempts = mentee.matchAttempts();
        int difference = Math.abs(cycles - attempts);
        if (difference < weights.cyclesTolerance()) {
            double credit = weights.cycles() * (1.0 - (double) difference / weights.cyclesTolerance());
            score += credit;
            String matchedAfter = "Matched after " + cycles + " unmatched " + (cycles == 1 ? "cycle" : "cycles");
            String yourAttempts = "your " + attempts + " " + (attempts == 1 ? "attempt" : "attempts");
            // the reason names the mentee's attempts, so it reveals them: a mentor sees it only if they are shared
            reasons.add(new MatchReason(difference == 0 ? matchedAfter + ", like " + yourAttempts : matchedAfter + ", close to " + yourAttempts,
                    PathField.MATCH_ATTEMPTS, credit));
        }
        return new ScoredMentor(mentor, round(score), reasons);
    }

    /** The mentors who could take the mentee now, best first, under the rules above. */
    public List<ScoredMentor> rank(MenteePath mentee, Collection<MentorCandidate> mentors, Set<String> excluded) {
        return mentors.stream()
                .filter(MentorCandidate::available)
                .filter(mentor -> !excluded.contains(mentor.mentorId()))
                .map(mentor -> score(mentee, mentor))
                .filter(scored -> scored.onTheSamePath(mentee))
                .sorted(BEST_FIRST)
                .toList();
    }

    static boolean same(String a, String b) {
        return a != null && b != null && !a.isBlank() && a.trim().equalsIgnoreCase(b.trim());
    }

    static double round(double score) {
        return Math.min(1.0, Math.max(0.0, Math.round(score * 1000) / 1000.0));
    }
}
