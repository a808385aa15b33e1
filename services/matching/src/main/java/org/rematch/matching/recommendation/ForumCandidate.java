package org.rematch.matching.recommendation;

import java.util.Set;

/** A forum as recommendation sees it: its path tags and whether new members can join (OPEN). */
public record ForumCandidate(String forumId, String name, Set<String> tags, boolean open) {

    public ForumCandidate {
        tags = tags == null ? Set.of() : Set.copyOf(tags);
    }
}
