package org.rematch.matching.suggestion;

import java.util.List;
import java.util.Map;
import org.rematch.matching.scoring.ScoreComponent;

/**
 * A mentor the calling mentee could ask, with their same-path score, the points of each of its components and every
 * reason, strongest first, as the mentee may see them.
 */
public record Suggestion(String mentorId, String displayName, double score, Map<ScoreComponent, Double> components, List<String> reasons) {
}
