package org.rematch.contracts.forums;

import java.time.Instant;

/** The member may read but not post in the forum until {@code until}. */
public record MemberMuted(String forumId, String forumName, String accountId, String reason, Instant until, Instant mutedAt)
        implements ForumActivity {
}
