package org.rematch.profiles.account;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.rematch.contracts.accounts.AccountSnapshot;
import org.rematch.contracts.accounts.Role;
import org.rematch.kit.outbox.OutboxEvent;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An account (collection {@value #COLLECTION}). The email is stored lower-cased under a unique index; the password
 * only as a bcrypt hash. A disabled account cannot log in or refresh (an admin disables it). {@code outbox} holds the
 * snapshots not yet published to profiles.accounts. {@code createdAt} is null for accounts created before it was kept.
 */
@Document(Account.COLLECTION)
public record Account(@Id String accountId, String email, String passwordHash, String displayName, Set<Role> roles,
        boolean disabled, Instant createdAt, long version, List<OutboxEvent> outbox) {

    public static final String COLLECTION = "accounts";

    public AccountSnapshot snapshot() {
        return new AccountSnapshot(accountId, version, email, displayName, Set.copyOf(roles));
    }

    public Account withOutbox(List<OutboxEvent> events) {
        return new Account(accountId, email, passwordHash, displayName, roles, disabled, createdAt, version, events);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
