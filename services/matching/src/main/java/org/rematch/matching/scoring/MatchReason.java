package org.rematch.matching.scoring;

import java.util.Objects;

/**
 * One reason, in plain words, why a mentor fits a mentee: the score component it explains, the part of the mentee's
 * path it rests on (and so reveals), and the points it added to the score.
 *
 * @param field  the mentee's path field the reason rests on (and so reveals)
 * @param points what this reason added to the same-path score
 */
public record MatchReason(ScoreComponent component, String text, PathField field, double points) {

    public MatchReason {
        Objects.requireNonNull(component, "component");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(field, "field");
    }
}
