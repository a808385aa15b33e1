package org.rematch.profiles.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.rematch.profiles.core.LoginThrottle.Counter;
import org.rematch.profiles.core.LoginThrottle.Limit;
import org.rematch.profiles.core.LoginThrottle.Scope;

class LoginThrottleTest {

    /** A clock the test moves by hand. */
    static final class SteppingClock extends Clock {
        private Instant now = Instant.parse("2026-03-01T10:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final SteppingClock clock = new SteppingClock();
    private final LoginThrottle throttle = new LoginThrottle(LoginThrottle.DEFAULT_ACCOUNT_LIMIT, LoginThrottle.DEFAULT_ADDRESS_LIMIT, clock);

    private Counter fail(Scope scope, Counter counter, int times) {
        for (int i = 0; i < times; i++) {
            counter = throttle.afterFailure(scope, counter);
        }
        return counter;
    }

    @Test
    void theDefaultsAreFivePerAccountInFifteenMinutesAndTwentyPerAddressInOneMinute() {
        assertThat(throttle.limit(Scope.ACCOUNT)).isEqualTo(new Limit(5, Duration.ofMinutes(15)));
        assertThat(throttle.limit(Scope.ADDRESS)).isEqualTo(new Limit(20, Duration.ofMinutes(1)));
    }

    @Test
    void fourFailuresDoNotLockTheFifthDoesForAWholeWindow() {
        Counter counter = fail(Scope.ACCOUNT, null, 4);
        assertThat(throttle.retryAfter(Scope.ACCOUNT, counter)).isEmpty();

        clock.advance(Duration.ofMinutes(10));
        counter = fail(Scope.ACCOUNT, counter, 1);

        assertThat(counter.failures()).isEqualTo(5);
        assertThat(throttle.retryAfter(Scope.ACCOUNT, counter)).contains(Duration.ofMinutes(15));
        clock.advance(Duration.ofMinutes(14).plusSeconds(59));
        assertThat(throttle.retryAfter(Scope.ACCOUNT, counter)).contains(Duration.ofSeconds(1));
        clock.advance(Duration.ofSeconds(1));
        assertThat(throttle.retryAfter(Scope.ACCOUNT, counter)).isEmpty();
    }

    @Test
    void failuresSpreadOverMoreThanTheWindowNeverLock() {
        Counter counter = fail(Scope.ACCOUNT, null, 4);
        clock.advance(Duration.ofMinutes(15));
        counter = fail(Scope.ACCOUNT, counter, 1);

        assertThat(counter.failures()).isEqualTo(1);
        assertThat(counter.windowStart()).isEqualTo(clock.instant());
        assertThat(throttle.retryAfter(Scope.ACCOUNT, counter)).isEmpty();
    }

    @Test
    void aFailureAfterALockoutEndedStartsAfresh() {
        Counter locked = fail(Scope.ACCOUNT, null, 5);
        clock.advance(Duration.ofMinutes(15));

        Counter next = fail(Scope.ACCOUNT, locked, 1);

        assertThat(next).isEqualTo(new Counter(clock.instant(), 1, null));
        assertThat(throttle.retryAfter(Scope.ACCOUNT, next)).isEmpty();
    }

    @Test
    void aBurstOfTwentyFromOneAddressLocksItForAMinute() {
        Counter counter = fail(Scope.ADDRESS, null, 19);
        assertThat(throttle.retryAfter(Scope.ADDRESS, counter)).isEmpty();

        counter = fail(Scope.ADDRESS, counter, 1);

        assertThat(throttle.retryAfter(Scope.ADDRESS, counter)).contains(Duration.ofMinutes(1));
        clock.advance(Duration.ofMinutes(1));
        assertThat(throttle.retryAfter(Scope.ADDRESS, counter)).isEmpty();
    }

    @Test
    void aCounterAtTheLimitWithoutARecordedLockoutIsLockedUntilItsWindowEnds() {
        Counter raced = new Counter(clock.instant(), 5, null);
        clock.advance(Duration.ofMinutes(5));

        assertThat(throttle.retryAfter(Scope.ACCOUNT, raced)).contains(Duration.ofMinutes(10));
    }

    @Test
    void successResetsTheAccountButNotTheAddress() {
        assertThat(Scope.ACCOUNT.resetOnSuccess()).isTrue();
        assertThat(Scope.ADDRESS.resetOnSuccess()).isFalse();
    }

    @Test
    void noCounterMeansNoWait() {
        assertThat(throttle.retryAfter(Scope.ACCOUNT, null)).isEmpty();
    }

    @Test
    void retryAfterIsWholeSecondsRoundedUpAndAtLeastOne() {
        assertThat(LoginThrottle.retryAfterSeconds(Duration.ofSeconds(90))).isEqualTo(90);
        assertThat(LoginThrottle.retryAfterSeconds(Duration.ofMillis(89_001))).isEqualTo(90);
        assertThat(LoginThrottle.retryAfterSeconds(Duration.ofMillis(1))).isEqualTo(1);
        assertThat(LoginThrottle.retryAfterSeconds(Duration.ZERO)).isEqualTo(1);
    }

    @Test
    void limitsAreConfiguredSensibly() {
        LoginThrottle strict = new LoginThrottle(new Limit(1, Duration.ofSeconds(30)), new Limit(2, Duration.ofSeconds(5)), clock);
        assertThat(strict.retryAfter(Scope.ACCOUNT, strict.afterFailure(Scope.ACCOUNT, null))).contains(Duration.ofSeconds(30));
        assertThatThrownBy(() -> new Limit(0, Duration.ofMinutes(1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Limit(3, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }
}
