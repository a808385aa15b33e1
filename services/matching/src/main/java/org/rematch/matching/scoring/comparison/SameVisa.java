package org.rematch.matching.scoring.comparison;

import java.util.List;
import org.rematch.contracts.mentees.VisaNeed;
import org.rematch.matching.scoring.MatchReason;
import org.rematch.matching.scoring.MenteePath;
import org.rematch.matching.scoring.MentorCandidate;
import org.rematch.matching.scoring.PathComparison;
import org.rematch.matching.scoring.PathField;
import org.rematch.matching.scoring.ScoreComponent;

/**
 * For a mentee who needs a visa: the mentor trained on the same one (full credit) or on the other one (half): they know
 * which programs sponsor and how the paperwork goes. A mentee who needs no visa earns nothing here.
 */
public record SameVisa() implements PathComparison {

    @Override
    public ScoreComponent component() {
        return ScoreComponent.VISA;
    }

    @Override
    public double share(MenteePath mentee, MentorCandidate mentor) {
        if (!mentee.background().needsAVisa() || !mentor.background().trainedOnAVisa()) {
            return 0;
        }
        return mentee.background().visaNeed() == mentor.background().visaPath() ? 1 : 0.5;
    }

    @Override
    public List<MatchReason> reasons(MenteePath mentee, MentorCandidate mentor, double points) {
        VisaNeed theirs = mentor.background().visaPath();
        String text = theirs == mentee.background().visaNeed() ? "Also needed " + name(theirs)
                : "Trained on " + name(theirs) + "; you need " + name(mentee.background().visaNeed());
        // names the mentee's visa need: a mentor sees it only if the mentee shares it
        return List.of(new MatchReason(component(), text, PathField.VISA_NEED, points));
    }

    private static String name(VisaNeed visa) {
        return switch (visa) {
            case J1 -> "a J-1";
            case H1B -> "an H-1B";
            case NONE -> "no visa";
        };
    }
}
