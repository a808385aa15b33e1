package org.rematch.profiles.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rematch.contracts.accounts.Role;

class AccessTokenClaimsTest {

    @Test
    void aTokenForAnAccountSaysWhoItIsForAndLastsFifteenMinutes() {
        Instant now = Instant.parse("2026-11-25T10:15:30.789Z");

        AccessTokenClaims claims = AccessTokenClaims.forAccount("http://localhost:8081", "acc-1", "amina@example.org",
                "Amina Khan", Set.of(Role.MENTOR, Role.MENTEE), now, "jti-1");

        assertThat(claims.issuer()).isEqualTo("http://localhost:8081");
        assertThat(claims.subject()).isEqualTo("acc-1");
        assertThat(claims.issuedAt()).isEqualTo(Instant.parse("2026-11-25T10:15:30Z"));
        assertThat(claims.expiresAt()).isEqualTo(Instant.parse("2026-11-25T10:30:30Z"));
        assertThat(claims.expiresInSeconds()).isEqualTo(900);
        assertThat(claims.tokenId()).isEqualTo("jti-1");
        assertThat(claims.roles()).containsExactly("MENTEE", "MENTOR");
        assertThat(claims.name()).isEqualTo("Amina Khan");
        assertThat(claims.email()).isEqualTo("amina@example.org");
    }
}
