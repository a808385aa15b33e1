package org.rematch.profiles.core;

import java.util.Set;
import org.rematch.contracts.accounts.Role;

/** Who may register themselves: mentees and mentors. Moderators are created by an admin; the admin by configuration. */
public final class SelfRegistration {

    public static final Set<Role> ROLES = Set.of(Role.MENTEE, Role.MENTOR);

    private SelfRegistration() {
    }

    public static boolean allowed(String role) {
        return role != null && ROLES.stream().anyMatch(allowed -> allowed.name().equals(role));
    }
}
