package org.rematch.matching.scoring;

import java.util.List;

/**
 * A mentor with their same-path score for one mentee and the reasons, in plain words, that earned it (each knowing
 * which part of the mentee's path it stems from, see {@link Disclosure}).
 *
 * @param score in [0, 1], rounded to three decimals
 */
public record ScoredMentor(MentorCandidate mentor, double score, List<MatchReason> reasons) {

    public ScoredMentor {
        reasons = List.copyOf(reasons);
    }

    /** The reasons' texts, in order, for whoever may see them all. */
    public List<String> reasonTexts() {
        return reasons.stream().map(MatchReason::text).toList();
    }

    public String mentorId() {
        return mentor.mentorId();
    }

    /** Whether the mentor matched into any of the mentee's target specialties or shares their medical-school country. */
    public boolean onTheSamePath(MenteePath mentee) {
        return MentorScorer.onTheSamePath(mentee, mentor);
    }
}
