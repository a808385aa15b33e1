package org.rematch.matching.scoring.comparison;

import java.util.ArrayList;
import java.util.List;
import org.rematch.contracts.path.ExamHistory;
import org.rematch.matching.scoring.MatchReason;
import org.rematch.matching.scoring.MenteePath;
import org.rematch.matching.scoring.MentorCandidate;
import org.rematch.matching.scoring.PathComparison;
import org.rematch.matching.scoring.PathField;
import org.rematch.matching.scoring.ScoreComponent;

/**
 * A similar USMLE history: half the weight for the Step 2 CK score band (the same ten points, or half of it for the
 * next band), half for the attempts Steps 1 and 2 CK took (the same number, or half of it for one apart). A mentor who
 * matched with a score or retakes like the mentee's is the proof they need that it can be done.
 */
public record SimilarExams() implements PathComparison {

    private static final int BAND = 10;

    @Override
    public ScoreComponent component() {
        return ScoreComponent.EXAMS;
    }

    @Override
    public double share(MenteePath mentee, MentorCandidate mentor) {
        ExamHistory theirs = mentor.background().exams();
        ExamHistory yours = mentee.background().exams();
        return (bandCredit(yours, theirs) + attemptsCredit(yours, theirs)) / 2;
    }

    @Override
    public List<MatchReason> reasons(MenteePath mentee, MentorCandidate mentor, double points) {
        ExamHistory theirs = mentor.background().exams();
        ExamHistory yours = mentee.background().exams();
        double band = bandCredit(yours, theirs);
        double attempts = attemptsCredit(yours, theirs);
        List<MatchReason> reasons = new ArrayList<>();
        if (band > 0) {
            String text = "Scored in the " + theirs.step2ckScore() / BAND * BAND + "s on Step 2 CK, " + (band == 1 ? "like you" : "close to you");
            reasons.add(new MatchReason(component(), text, PathField.EXAM_HISTORY, points * band / (band + attempts)));
        }
        if (attempts > 0) {
            String text = "Took " + theirs.usmleAttempts() + " attempts at Steps 1 and 2 CK, "
                    + (attempts == 1 ? "like you" : "close to your " + yours.usmleAttempts());
            reasons.add(new MatchReason(component(), text, PathField.EXAM_HISTORY, points * attempts / (band + attempts)));
        }
        return reasons;
    }

    private static double bandCredit(ExamHistory yours, ExamHistory theirs) {
        if (yours.step2ckScore() == null || theirs.step2ckScore() == null) {
            return 0;
        }
        int bandsApart = Math.abs(yours.step2ckScore() / BAND - theirs.step2ckScore() / BAND);
        return bandsApart == 0 ? 1 : bandsApart == 1 ? 0.5 : 0;
    }

    private static double attemptsCredit(ExamHistory yours, ExamHistory theirs) {
        if (yours.usmleAttempts() == 0 || theirs.usmleAttempts() == 0) {
            return 0;
        }
        int apart = Math.abs(yours.usmleAttempts() - theirs.usmleAttempts());
        return apart == 0 ? 1 : apart == 1 ? 0.5 : 0;
    }
}
