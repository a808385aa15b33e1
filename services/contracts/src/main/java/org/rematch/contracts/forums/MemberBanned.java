package org.rematch.contracts.forums;

import java.time.Instant;

/** The member was removed from the forum and may not come back until {@code until} (null: until a moderator lifts it). */
public record MemberBanned(String forumId, String forumName, String accountId, String reason, Instant until, Instant bannedAt)
        implements ForumActivity {
}
