package org.rematch.kit.security;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.rematch.contracts.accounts.Role;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Who is calling, read from the access token: sub is the account id, roles the granted roles, name the display name
 * (absent when an external identity provider does not send one).
 */
public record CurrentUser(String accountId, List<Role> roles, Optional<String> displayName) {

    /** The claim that carries the display name in tokens the profiles service issues. */
    public static final String NAME_CLAIM = "name";

    public static CurrentUser of(Jwt jwt) {
        Collection<String> roles = jwt.getClaimAsStringList("roles");
        return new CurrentUser(jwt.getSubject(), roles == null ? List.of() : roles.stream().map(Role::valueOf).toList(),
                Optional.ofNullable(jwt.getClaimAsString(NAME_CLAIM)).filter(name -> !name.isBlank()));
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
