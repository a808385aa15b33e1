package org.rematch.matching.scoring.comparison;

import java.util.List;
import org.rematch.matching.scoring.MatchReason;
import org.rematch.matching.scoring.MenteePath;
import org.rematch.matching.scoring.MentorCandidate;
import org.rematch.matching.scoring.PathComparison;
import org.rematch.matching.scoring.PathField;
import org.rematch.matching.scoring.ScoreComponent;
import org.rematch.matching.scoring.Words;

/**
 * The mentor went through about as many unmatched cycles before matching as the mentee has attempts: full credit when
 * equal, {@code 1 - difference / tolerance} when close, none at the tolerance.
 */
public record SimilarCycles(int tolerance) implements PathComparison {

    @Override
    public ScoreComponent component() {
        return ScoreComponent.CYCLES;
    }

    @Override
    public double share(MenteePath mentee, MentorCandidate mentor) {
        int difference = Math.abs(mentor.unmatchedCyclesBeforeMatch() - mentee.matchAttempts());
        return difference < tolerance ? 1.0 - (double) difference / tolerance : 0;
    }

    @Override
    public List<MatchReason> reasons(MenteePath mentee, MentorCandidate mentor, double points) {
        int cycles = mentor.unmatchedCyclesBeforeMatch();
        String specialty = Words.specialty(mentor.matchedSpecialty());
        String matchedAfter = "Matched " + (specialty.isEmpty() ? "" : specialty + " ") + "after "
                + Words.count(cycles, "unmatched cycle", "unmatched cycles");
        String yourAttempts = "your " + Words.count(mentee.matchAttempts(), "attempt", "attempts");
        // names the mentee's attempts, so it reveals them: a mentor sees it only if they are shared
        return List.of(new MatchReason(component(), matchedAfter + (cycles == mentee.matchAttempts() ? ", like " : ", close to ") + yourAttempts,
                PathField.MATCH_ATTEMPTS, points));
    }
}
