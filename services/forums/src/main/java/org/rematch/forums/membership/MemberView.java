package org.rematch.forums.membership;

import java.time.Instant;

/** A member of a forum as members and moderators see them (and as the member sees their own membership). */
public record MemberView(String forumId, String accountId, String displayName, Instant joinedAt) {
}
