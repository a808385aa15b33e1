package org.rematch.profiles.core;

import java.time.Duration;
import java.time.Instant;

/**
 * When a presented refresh token may be exchanged. Refresh tokens rotate: each use makes the presented one ROTATED and
 * issues the next of the same family. A ROTATED token presented again means a copy is in someone else's hands
 * (reuse), so the whole family is revoked. A family with any REVOKED token is revoked as a whole, so a token issued by
 * a rotation that raced with the revocation is refused too.
 */
public final class RefreshTokenRules {

    public static final Duration LIFETIME = Duration.ofDays(14);

    public enum State {
        ACTIVE, ROTATED, REVOKED
    }

    public enum Verdict {
        /** Exchange it: mark it ROTATED (only if still ACTIVE) and issue the next token of its family. */
        ROTATE,
        /** Reuse of a rotated token: revoke every token of the family, and refuse. */
        REVOKE_FAMILY,
        /** Expired or revoked: refuse. */
        REFUSE
    }

    private RefreshTokenRules() {
    }

    public static Instant expiry(Instant issuedAt) {
        return issuedAt.plus(LIFETIME);
    }

    public static Verdict judge(State state, Instant expiresAt, boolean familyRevoked, Instant now) {
        if (state == State.REVOKED || familyRevoked) {
            return Verdict.REFUSE;
        }
        if (state == State.ROTATED) {
            return Verdict.REVOKE_FAMILY;
        }
        return now.isBefore(expiresAt) ? Verdict.ROTATE : Verdict.REFUSE;
    }
}
