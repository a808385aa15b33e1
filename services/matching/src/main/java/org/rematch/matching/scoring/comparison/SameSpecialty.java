package org.rematch.matching.scoring.comparison;

import java.util.List;
import org.rematch.matching.scoring.MatchReason;
import org.rematch.matching.scoring.MenteePath;
import org.rematch.matching.scoring.MentorCandidate;
import org.rematch.matching.scoring.PathComparison;
import org.rematch.matching.scoring.PathField;
import org.rematch.matching.scoring.ScoreComponent;
import org.rematch.matching.scoring.ScoringWeights;
import org.rematch.matching.scoring.Words;

/**
 * The mentor matched into one of the mentee's target specialties: the full weight for the first choice, less for a
 * later one ({@link ScoringWeights#choiceFactor}), so a first-choice mentor outranks an otherwise equal later-choice one.
 */
public record SameSpecialty(ScoringWeights weights) implements PathComparison {

    @Override
    public ScoreComponent component() {
        return ScoreComponent.SPECIALTY;
    }

    @Override
    public double share(MenteePath mentee, MentorCandidate mentor) {
        int choice = mentee.choiceOf(mentor.matchedSpecialty());
        return choice < 0 ? 0 : weights.choiceFactor(choice);
    }

    @Override
    public List<MatchReason> reasons(MenteePath mentee, MentorCandidate mentor, double points) {
        String choice = Words.choice(mentee.choiceOf(mentor.matchedSpecialty()), mentee.targetSpecialties().size());
        return List.of(new MatchReason(component(), "Matched " + Words.specialty(mentor.matchedSpecialty()) + ", " + choice,
                PathField.TARGET_SPECIALTY, points));
    }
}
