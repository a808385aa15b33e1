package org.rematch.notifications.accounts;

import java.util.Set;
import org.rematch.contracts.accounts.Role;

/**
 * An account as notifications knows it from profiles.accounts: where to email the person, how to greet them, and
 * whether they are an admin (paged about urgent reports in forums without moderators of their own).
 *
 * @param version the version of the snapshot it was read from; an older snapshot never replaces a newer one
 */
public record Account(String id, long version, String email, String displayName, Set<Role> roles) {

    public Account {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }

    public boolean isAdmin() {
        return roles.contains(Role.ADMIN);
    }

    /** Whether an email can be sent to them: profiles requires an address, but a snapshot is read as it comes. */
    public boolean reachableByEmail() {
        return email != null && !email.isBlank();
    }
}
