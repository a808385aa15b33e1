package org.rematch.contracts.forums;

import java.time.Instant;

/** An admin suspended the account from every forum until {@code until} (null: until lifted); keyed by accountId. */
public record MemberSuspended(String accountId, String reason, Instant until, Instant suspendedAt) implements ForumActivity {
}
