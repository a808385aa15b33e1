package org.rematch.forums.forum;

import java.util.List;
import org.rematch.contracts.forums.ForumState;

/** A forum as anyone signed in sees it: who moderates it is public, so people know whom to turn to. */
public record ForumView(String forumId, String name, String description, List<String> tags, ForumState state, int memberCount,
        String createdBy, List<String> moderators) {

    static ForumView of(ForumDocument document) {
        return new ForumView(document.forumId(), document.name(), document.description(), document.tags(), document.state(),
                document.memberCount(), document.createdBy(), document.moderators());
    }
}
