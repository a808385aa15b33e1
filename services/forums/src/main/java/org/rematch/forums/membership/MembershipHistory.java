package org.rematch.forums.membership;

import java.time.Instant;
import org.rematch.contracts.forums.JoinedVia;

/** A forum someone is or was a member of (for their export): {@code leftAt} is null while they still are. */
public record MembershipHistory(String forumId, String displayName, Instant joinedAt, JoinedVia via, Instant leftAt) {
}
