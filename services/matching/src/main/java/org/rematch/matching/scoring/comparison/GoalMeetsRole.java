package org.rematch.matching.scoring.comparison;

import java.util.List;
import java.util.Map;
import org.rematch.contracts.path.CurrentRole;
import org.rematch.contracts.path.NextYearGoal;
import org.rematch.matching.scoring.MatchReason;
import org.rematch.matching.scoring.MenteePath;
import org.rematch.matching.scoring.MentorCandidate;
import org.rematch.matching.scoring.PathComparison;
import org.rematch.matching.scoring.PathField;
import org.rematch.matching.scoring.ScoreComponent;

/**
 * The mentor's role now is where the mentee's goal for next year leads: a mentee reapplying meets a mentor who made it
 * into residency, an alternative-pathway mentee one who took that pathway (PA/NP, public health, industry), a mentee
 * planning a research year a researcher (or, for half the credit, a mentor in residency, where that year leads).
 */
public record GoalMeetsRole() implements PathComparison {

    /** Where each goal other than a clinical one leads. */
    private static final Map<NextYearGoal, CurrentRole> PATHWAYS = Map.of(
            NextYearGoal.ALTERNATIVE_PATHWAY, CurrentRole.PA_NP,
            NextYearGoal.PUBLIC_HEALTH, CurrentRole.PUBLIC_HEALTH,
            NextYearGoal.NON_CLINICAL_INDUSTRY, CurrentRole.INDUSTRY,
            NextYearGoal.RESEARCH_YEAR, CurrentRole.RESEARCH);

    private static final Map<CurrentRole, String> WORDS = Map.of(
            CurrentRole.PA_NP, "Became a PA/NP, the pathway you are considering",
            CurrentRole.PUBLIC_HEALTH, "Works in public health, the pathway you are considering",
            CurrentRole.INDUSTRY, "Works in industry, the pathway you are considering",
            CurrentRole.RESEARCH, "Works in research, as you plan to next year");

    @Override
    public ScoreComponent component() {
        return ScoreComponent.GOAL;
    }

    @Override
    public double share(MenteePath mentee, MentorCandidate mentor) {
        NextYearGoal goal = mentee.background().goal();
        CurrentRole role = mentor.background().currentRole();
        if (goal == null || role == null) {
            return 0;
        }
        if (PATHWAYS.containsKey(goal)) {
            return PATHWAYS.get(goal) == role ? 1 : goal == NextYearGoal.RESEARCH_YEAR && !role.alternativeCareer() ? 0.5 : 0;
        }
        return role.alternativeCareer() ? 0 : 1;
    }

    /** Whether the mentor took the alternative pathway the mentee aims for: that is the same path, whatever the specialty. */
    public static boolean tookTheMenteesPathway(MenteePath mentee, MentorCandidate mentor) {
        NextYearGoal goal = mentee.background().goal();
        return goal != null && goal != NextYearGoal.RESEARCH_YEAR && PATHWAYS.get(goal) != null
                && PATHWAYS.get(goal) == mentor.background().currentRole();
    }

    @Override
    public List<MatchReason> reasons(MenteePath mentee, MentorCandidate mentor, double points) {
        CurrentRole role = mentor.background().currentRole();
        String text = role.alternativeCareer() ? WORDS.get(role) : "Made it into residency, where your goal leads";
        return List.of(new MatchReason(component(), text, PathField.GOAL, points));
    }
}
