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
 * The mentor matched about as many years after graduating as the mentee is now past graduation: many programs screen
 * on years since graduation, and a mentor who matched that late shows it can be done. Full credit within a year,
 * falling to none five years apart.
 */
public record YearsSinceGraduation() implements PathComparison {

    private static final int CLOSE = 1;
    private static final int FAR = 5;

    @Override
    public ScoreComponent component() {
        return ScoreComponent.GRADUATION;
    }

    @Override
    public double share(MenteePath mentee, MentorCandidate mentor) {
        Integer yours = mentee.background().yearsSinceGraduation();
        Integer theirs = mentor.background().yearsToMatch();
        if (yours == null || theirs == null) {
            return 0;
        }
        int apart = Math.abs(yours - theirs);
        return apart <= CLOSE ? 1 : Math.max(0, 1 - (double) (apart - CLOSE) / (FAR - CLOSE));
    }

    @Override
    public List<MatchReason> reasons(MenteePath mentee, MentorCandidate mentor, double points) {
        int theirs = mentor.background().yearsToMatch();
        int yours = mentee.background().yearsSinceGraduation();
        String text = "Matched " + Words.count(theirs, "year", "years") + " after graduating; you graduated "
                + (yours == 0 ? "this year" : Words.count(yours, "year", "years") + " ago");
        return List.of(new MatchReason(component(), text, PathField.GRADUATION_YEAR, points));
    }
}
