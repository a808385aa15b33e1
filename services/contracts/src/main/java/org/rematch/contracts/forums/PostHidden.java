package org.rematch.contracts.forums;

import java.time.Instant;

/**
 * A post was hidden from the forum: by a moderator, or by the rules when enough members reported it
 * ({@code byReports}, pending a moderator's review). {@code reason} is what the author is told.
 */
public record PostHidden(String forumId, String forumName, String threadId, String postId, String authorId, boolean byReports,
        String reason, Instant hiddenAt) implements ForumActivity {
}
