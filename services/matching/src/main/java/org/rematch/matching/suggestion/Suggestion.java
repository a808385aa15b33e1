package org.rematch.matching.suggestion;

import java.util.List;

/** A mentor the calling mentee could ask, with their same-path score and every reason, as the mentee may see them. */
public record Suggestion(String mentorId, String displayName, double score, List<String> reasons) {
}
