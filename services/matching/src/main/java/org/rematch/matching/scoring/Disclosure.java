package org.rematch.matching.scoring;

import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a viewer may learn of a mentee's path. The mentee sees everything of their own ({@link #full()}); a mentor a
 * pairing is addressed to sees the non-sensitive fields always and a sensitive one only if the mentee shares it with
 * mentors ({@link #toMentor}). Reasons resting on a hidden field are left out, and the score a mentor is shown is made
 * only of the reasons they see, so the score cannot give a hidden field away either (the cycles credit would tell a
 * mentor how far the mentee's attempts are from their own cycles).
 */
public final class Disclosure {

    private final Set<PathField> visible;

    private Disclosure(Set<PathField> visible) {
        this.visible = visible;
    }

    /** Everything: the mentee looking at their own pairing. */
    public static Disclosure full() {
        return new Disclosure(EnumSet.allOf(PathField.class));
    }

    /** A mentor's view: every non-sensitive field, and of the sensitive ones only those in {@code sharedWithMentors}. */
    public static Disclosure toMentor(Collection<PathField> sharedWithMentors) {
        Set<PathField> visible = EnumSet.noneOf(PathField.class);
        for (PathField field : PathField.values()) {
            if (!field.sensitive() || sharedWithMentors.contains(field)) {
                visible.add(field);
            }
        }
        return new Disclosure(visible);
    }

    public boolean shows(PathField field) {
        return visible.contains(field);
    }

    /** The reasons this viewer may see, in their order. */
    public List<MatchReason> reasons(List<MatchReason> reasons) {
        return reasons.stream().filter(reason -> shows(reason.field())).toList();
    }

    /** The reasons' texts this viewer may see. */
    public List<String> reasonTexts(List<MatchReason> reasons) {
        return reasons(reasons).stream().map(MatchReason::text).toList();
    }

    /**
     * The points each component added, as this viewer may see them (made of the reasons they see), in component
     * order, rounded to three decimals; components that added nothing visible are left out.
     */
    public Map<ScoreComponent, Double> components(List<MatchReason> reasons) {
        Map<ScoreComponent, Double> components = new EnumMap<>(ScoreComponent.class);
        reasons(reasons).stream().filter(reason -> reason.points() > 0)
                .forEach(reason -> components.merge(reason.component(), reason.points(), Double::sum));
        components.replaceAll((component, points) -> MentorScorer.round(points));
        return components;
    }

    /**
     * The score as this viewer may see it: the points of the reasons they see, in [0, 1], rounded to three decimals.
     * For the full view it is the score itself (every point comes with a reason).
     */
    public double score(List<MatchReason> reasons) {
        Map<ScoreComponent, Double> byComponent = new EnumMap<>(ScoreComponent.class);
        reasons(reasons).forEach(reason -> byComponent.merge(reason.component(), reason.points(), Double::sum));
        double score = 0;
        for (double points : byComponent.values()) { // added as MentorScorer adds them, not with a compensated sum
            score += MentorScorer.settled(points);
        }
        return MentorScorer.round(score);
    }
}
