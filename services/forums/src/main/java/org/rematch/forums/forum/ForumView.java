package org.rematch.forums.forum;

import java.util.List;
import org.rematch.contracts.forums.ForumState;

/** A forum as anyone signed in sees it. */
public record ForumView(String forumId, String name, String description, List<String> tags, ForumState state, int memberCount,
        String createdBy) {

    static ForumView of(ForumDocument document) {
        return new ForumView(document.forumId(), document.name(), document.description(), document.tags(), document.state(),
                document.memberCount(), document.createdBy());
    }
}
