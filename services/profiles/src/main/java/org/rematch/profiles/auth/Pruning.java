package org.rematch.profiles.auth;

import java.time.Duration;
import org.rematch.profiles.core.RefreshTokenRules;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes what no longer protects anything (the embedded Mongo has no TTL indexes): refresh tokens that expired more
 * than a refresh-token lifetime ago (kept that long so a revoked family's tokens outlive any token of it issued in a
 * race with the revocation) and login counters whose window and lockout ended long ago.
 */
@Component
class Pruning {

    private static final Logger log = LoggerFactory.getLogger(Pruning.class);
    static final Duration EXPIRED_TOKEN_GRACE = RefreshTokenRules.LIFETIME;

    private final RefreshTokens refreshTokens;
    private final LoginAttempts loginAttempts;

    Pruning(RefreshTokens refreshTokens, LoginAttempts loginAttempts) {
        this.refreshTokens = refreshTokens;
        this.loginAttempts = loginAttempts;
    }

    @Scheduled(initialDelayString = "${rematch.security.pruning-interval:1h}", fixedDelayString = "${rematch.security.pruning-interval:1h}")
    void prune() {
        long tokens = refreshTokens.deleteExpired(EXPIRED_TOKEN_GRACE);
        long counters = loginAttempts.deleteStale();
        if (tokens + counters > 0) {
            log.info("Pruned {} expired refresh tokens and {} stale login counters", tokens, counters);
        }
    }
}
