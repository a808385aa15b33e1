package org.rematch.profiles.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.rematch.profiles.core.RefreshTokenRules.State;
import org.rematch.profiles.core.RefreshTokenRules.Verdict;

class RefreshTokenRulesTest {

    private final Instant issued = Instant.parse("2026-03-01T10:00:00Z");
    private final Instant expires = RefreshTokenRules.expiry(issued);

    @Test
    void aTokenLivesFourteenDays() {
        assertThat(Duration.between(issued, expires)).isEqualTo(Duration.ofDays(14));
    }

    @Test
    void anActiveTokenRotatesUntilItExpires() {
        assertThat(RefreshTokenRules.judge(State.ACTIVE, expires, false, expires.minusSeconds(1))).isEqualTo(Verdict.ROTATE);
        assertThat(RefreshTokenRules.judge(State.ACTIVE, expires, false, expires)).isEqualTo(Verdict.REFUSE);
    }

    @Test
    void aRotatedTokenPresentedAgainRevokesItsFamily() {
        assertThat(RefreshTokenRules.judge(State.ROTATED, expires, false, issued)).isEqualTo(Verdict.REVOKE_FAMILY);
        assertThat(RefreshTokenRules.judge(State.ROTATED, expires, false, expires.plusSeconds(1))).isEqualTo(Verdict.REVOKE_FAMILY);
    }

    @Test
    void revokedTokensAndTokensOfARevokedFamilyAreRefused() {
        assertThat(RefreshTokenRules.judge(State.REVOKED, expires, true, issued)).isEqualTo(Verdict.REFUSE);
        assertThat(RefreshTokenRules.judge(State.ACTIVE, expires, true, issued)).isEqualTo(Verdict.REFUSE);
        assertThat(RefreshTokenRules.judge(State.ROTATED, expires, true, issued)).isEqualTo(Verdict.REFUSE);
    }
}
