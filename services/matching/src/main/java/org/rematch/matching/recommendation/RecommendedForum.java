package org.rematch.matching.recommendation;

import java.util.List;

/** A forum recommended to a mentee, with the path tags they share, sorted. */
public record RecommendedForum(String forumId, String name, List<String> sharedTags) {

    public RecommendedForum {
        sharedTags = List.copyOf(sharedTags);
    }
}
