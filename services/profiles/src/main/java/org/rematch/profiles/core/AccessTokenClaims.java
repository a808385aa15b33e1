package org.rematch.profiles.core;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import org.rematch.contracts.accounts.Role;

/**
 * What an access token says about its holder: iss, sub (the account id), iat, exp, jti, roles, name and email.
 * Every service reads these claims; see DESIGN.md "Security".
 */
public record AccessTokenClaims(String issuer, String subject, Instant issuedAt, Instant expiresAt, String tokenId,
        List<String> roles, String name, String email) {

    public static final Duration LIFETIME = Duration.ofMinutes(15);

    /** The claims of a token for an account, issued at {@code now} (to the second) and valid for {@link #LIFETIME}. */
    public static AccessTokenClaims forAccount(String issuer, String accountId, String email, String displayName,
            Set<Role> roles, Instant now, String tokenId) {
        Instant issuedAt = now.truncatedTo(ChronoUnit.SECONDS);
        List<String> roleNames = roles.stream().sorted().map(Role::name).toList();
        return new AccessTokenClaims(issuer, accountId, issuedAt, issuedAt.plus(LIFETIME), tokenId, roleNames,
                displayName, email);
    }

    public long expiresInSeconds() {
        return Duration.between(issuedAt, expiresAt).toSeconds();
    }
}
