package org.rematch.forums.forum.domain;

import java.util.Objects;
import java.util.Set;
import org.rematch.contracts.accounts.Role;

/** Who asks for a change to a forum: their account id and the roles their token grants. */
public record Actor(String accountId, Set<Role> roles) {

    public Actor {
        Objects.requireNonNull(accountId, "accountId");
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }

    public static Actor of(String accountId, Role... roles) {
        return new Actor(accountId, Set.of(roles));
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
