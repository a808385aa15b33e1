package org.rematch.kit.security;

import java.util.Collection;
import java.util.List;
import org.rematch.contracts.accounts.Role;
import org.springframework.security.oauth2.jwt.Jwt;

/** Who is calling, read from the access token: sub is the account id, roles the granted roles. */
public record CurrentUser(String accountId, List<Role> roles) {

    public static CurrentUser of(Jwt jwt) {
        Collection<String> roles = jwt.getClaimAsStringList("roles");
        return new CurrentUser(jwt.getSubject(), roles == null ? List.of() : roles.stream().map(Role::valueOf).toList());
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
