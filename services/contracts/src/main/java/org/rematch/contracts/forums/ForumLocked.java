package org.rematch.contracts.forums;

import java.time.Instant;

/** The forum became read-only until a moderator reopens it. */
public record ForumLocked(String forumId, String forumName, Instant lockedAt) implements ForumActivity {
}
