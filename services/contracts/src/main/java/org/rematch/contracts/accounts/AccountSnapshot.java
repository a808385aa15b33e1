package org.rematch.contracts.accounts;

import java.util.Set;

/** Full current state of an account on {@code profiles.accounts}; a tombstone means the account was deleted. */
public record AccountSnapshot(String accountId, long version, String email, String displayName, Set<Role> roles) {
}
