package org.rematch.matching.scoring;

import java.util.List;

/**
 * One part of the same-path comparison (see {@link ScoreComponent}): how much of its weight a mentor earns for a
 * mentee, and why, in plain words. {@link #share} is plain arithmetic, so ranking thousands of mentors stays cheap;
 * the words are built only for the mentors shown.
 */
public interface PathComparison {

    ScoreComponent component();

    /** The share of the component's weight the mentor earns, in [0, 1]; 0 when either side did not tell. */
    double share(MenteePath mentee, MentorCandidate mentor);

    /** The reasons for a positive share; their points add up to {@code points}, the weight times the share. */
    List<MatchReason> reasons(MenteePath mentee, MentorCandidate mentor, double points);
}
