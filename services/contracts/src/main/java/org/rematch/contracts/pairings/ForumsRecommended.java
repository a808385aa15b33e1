package org.rematch.contracts.pairings;

import java.time.Instant;
import java.util.List;
import java.util.Set;

public record ForumsRecommended(String menteeId, List<RecommendedForum> forums, Instant recommendedAt) implements PairingEvent {

    /** A forum and the path tags it shares with the mentee. */
    public record RecommendedForum(String forumId, String name, Set<String> sharedTags) {
    }
}
