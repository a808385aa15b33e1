package org.rematch.contracts.forums;

import java.time.Instant;

/** The member left the forum themselves (a ban is told by {@link MemberBanned}). */
public record MemberLeft(String forumId, String accountId, Instant leftAt) implements ForumActivity {
}
