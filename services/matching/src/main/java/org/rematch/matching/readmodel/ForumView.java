package org.rematch.matching.readmodel;

import java.util.Set;

/** Matching's copy of a forum (collection {@code forums}, id = forumId), from {@code forums.forums}. */
public record ForumView(String id, long version, String name, Set<String> tags, String state, int memberCount) {

    public ForumView {
        tags = tags == null ? Set.of() : Set.copyOf(tags);
    }
}
