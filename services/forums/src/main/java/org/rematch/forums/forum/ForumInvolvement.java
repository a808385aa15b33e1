package org.rematch.forums.forum;

import java.time.Instant;
import org.rematch.contracts.forums.ForumState;

/** For the data export: one forum a person created or moderates, and their part in it (fellow moderators are not named). */
public record ForumInvolvement(String forumId, String name, ForumState state, boolean createdByYou, boolean moderatedByYou,
        Instant createdAt) {
}
