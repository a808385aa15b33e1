package org.rematch.matching.scoring.comparison;

import java.util.List;
import org.rematch.matching.scoring.MatchReason;
import org.rematch.matching.scoring.MenteePath;
import org.rematch.matching.scoring.MentorCandidate;
import org.rematch.matching.scoring.PathComparison;
import org.rematch.matching.scoring.PathField;
import org.rematch.matching.scoring.ScoreComponent;

/** Both US citizens who studied medicine abroad (no visa, but the same doubts about a foreign degree), or both not. */
public record SameUsImg() implements PathComparison {

    @Override
    public ScoreComponent component() {
        return ScoreComponent.US_IMG;
    }

    @Override
    public double share(MenteePath mentee, MentorCandidate mentor) {
        Boolean menteeUsImg = mentee.background().usImg();
        return menteeUsImg != null && menteeUsImg.equals(mentor.background().usImg()) ? 1 : 0;
    }

    @Override
    public List<MatchReason> reasons(MenteePath mentee, MentorCandidate mentor, double points) {
        String text = mentee.background().usImg() ? "Also a US citizen who studied medicine abroad" : "Also an IMG from outside the US";
        return List.of(new MatchReason(component(), text, PathField.US_IMG, points));
    }
}
