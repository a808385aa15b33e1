package org.rematch.profiles.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.rematch.profiles.ProfilesServiceTest;
import org.rematch.testsupport.RematchServiceTest;
import org.springframework.beans.factory.annotation.Autowired;

@RematchServiceTest
class PruningTest extends ProfilesServiceTest {

    @Autowired
    Pruning pruning;

    private String token(Instant expiresAt, String state) {
        String id = "prune-" + UUID.randomUUID();
        mongo.insert(new Document("_id", id).append("accountId", UUID.randomUUID().toString())
                .append("familyId", UUID.randomUUID().toString()).append("issuedAt", Date.from(expiresAt.minus(Duration.ofDays(14))))
                .append("expiresAt", Date.from(expiresAt)).append("state", state), RefreshTokens.COLLECTION);
        return id;
    }

    private String counter(Instant windowStart, Instant lockedUntil) {
        String id = "ACCOUNT:prune-" + UUID.randomUUID();
        mongo.insert(new Document("_id", id).append("windowStart", Date.from(windowStart)).append("failures", 5)
                .append("lockedUntil", lockedUntil == null ? null : Date.from(lockedUntil)), LoginAttempts.COLLECTION);
        return id;
    }

    private boolean exists(String id, String collection) {
        return mongo.findById(id, Document.class, collection) != null;
    }

    @Test
    void longExpiredTokensAndStaleCountersArePrunedTheRestStays() {
        Instant now = Instant.now();
        String longExpired = token(now.minus(Duration.ofDays(15)), "REVOKED");
        String recentlyExpired = token(now.minus(Duration.ofDays(1)), "REVOKED");
        String active = token(now.plus(Duration.ofDays(10)), "ACTIVE");
        String staleCounter = counter(now.minus(Duration.ofHours(2)), now.minus(Duration.ofHours(1)));
        String lockedCounter = counter(now.minus(Duration.ofHours(2)), now.plus(Duration.ofMinutes(5)));
        String openCounter = counter(now.minus(Duration.ofMinutes(2)), null);

        pruning.prune();

        assertThat(exists(longExpired, RefreshTokens.COLLECTION)).isFalse();
        assertThat(exists(recentlyExpired, RefreshTokens.COLLECTION)).as("kept while its family may matter").isTrue();
        assertThat(exists(active, RefreshTokens.COLLECTION)).isTrue();
        assertThat(exists(staleCounter, LoginAttempts.COLLECTION)).isFalse();
        assertThat(exists(lockedCounter, LoginAttempts.COLLECTION)).isTrue();
        assertThat(exists(openCounter, LoginAttempts.COLLECTION)).isTrue();
    }
}
