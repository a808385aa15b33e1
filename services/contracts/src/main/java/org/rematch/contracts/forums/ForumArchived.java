package org.rematch.contracts.forums;

import java.time.Instant;

/** The forum was closed: it stays readable, nobody posts or joins. */
public record ForumArchived(String forumId, String forumName, Instant archivedAt) implements ForumActivity {
}
