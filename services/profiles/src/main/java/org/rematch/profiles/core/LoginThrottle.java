package org.rematch.profiles.core;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * When failed logins lock further attempts out. Failures are counted per key: per account (the email as given,
 * lower-cased, so unknown emails are counted like known ones) and per client address. A window opens at the first
 * failure; the failure that reaches the limit within the window locks the key for one window length from then on.
 * While locked every attempt (even with the right password) is refused with a Retry-After. A successful login resets
 * the account's counter, not the address's (an attacker must not reset a burst by logging into their own account).
 */
public final class LoginThrottle {

    /** What failures are counted by. */
    public enum Scope {
        ACCOUNT(true), ADDRESS(false);

        private final boolean resetOnSuccess;

        Scope(boolean resetOnSuccess) {
            this.resetOnSuccess = resetOnSuccess;
        }

        public boolean resetOnSuccess() {
            return resetOnSuccess;
        }
    }

    /** At most {@code maxFailures} failures within {@code window}; reaching it locks for {@code window}. */
    public record Limit(int maxFailures, Duration window) {
        public Limit {
            if (maxFailures < 1 || window == null || window.isNegative() || window.isZero()) {
                throw new IllegalArgumentException("a login limit needs at least one failure and a positive window");
            }
        }
    }

    /** Failures of one key: the window they count in, how many, and the end of a lockout (null when not locked). */
    public record Counter(Instant windowStart, int failures, Instant lockedUntil) {
    }

    public static final Limit DEFAULT_ACCOUNT_LIMIT = new Limit(5, Duration.ofMinutes(15));
    public static final Limit DEFAULT_ADDRESS_LIMIT = new Limit(20, Duration.ofMinutes(1));

    private final Limit accountLimit;
    private final Limit addressLimit;
    private final Clock clock;

    public LoginThrottle(Limit accountLimit, Limit addressLimit, Clock clock) {
        this.accountLimit = Objects.requireNonNull(accountLimit);
        this.addressLimit = Objects.requireNonNull(addressLimit);
        this.clock = Objects.requireNonNull(clock);
    }

    public Instant now() {
        return clock.instant();
    }

    public Limit limit(Scope scope) {
        return scope == Scope.ACCOUNT ? accountLimit : addressLimit;
    }

    /** A window that started at or before this instant has passed: the next failure opens a new one. */
    public Instant windowCutoff(Scope scope) {
        return now().minus(limit(scope).window());
    }

    /** The counter after one more failure now. */
    public Counter afterFailure(Scope scope, Counter current) {
        Instant now = now();
        Limit limit = limit(scope);
        if (current == null || !current.windowStart().isAfter(now.minus(limit.window()))) {
            return lockedIfReached(scope, new Counter(now, 1, null));
        }
        return lockedIfReached(scope, new Counter(current.windowStart(), current.failures() + 1, current.lockedUntil()));
    }

    private Counter lockedIfReached(Scope scope, Counter counter) {
        if (counter.lockedUntil() == null && reachesLimit(scope, counter.failures())) {
            return new Counter(counter.windowStart(), counter.failures(), lockUntil(scope));
        }
        return counter;
    }

    public boolean reachesLimit(Scope scope, int failures) {
        return failures >= limit(scope).maxFailures();
    }

    /** When a lockout that starts now ends. */
    public Instant lockUntil(Scope scope) {
        return now().plus(limit(scope).window());
    }

    /**
     * How long attempts for this key are refused, if they are. A counter at the limit without a recorded lockout (a
     * concurrent failure had not written it yet) is locked until its window ends.
     */
    public Optional<Duration> retryAfter(Scope scope, Counter counter) {
        if (counter == null) {
            return Optional.empty();
        }
        Instant now = now();
        Instant until = counter.lockedUntil();
        if (until == null && reachesLimit(scope, counter.failures())) {
            until = counter.windowStart().plus(limit(scope).window());
        }
        return until != null && until.isAfter(now) ? Optional.of(Duration.between(now, until)) : Optional.empty();
    }

    /** The Retry-After value: whole seconds, rounded up, at least 1. */
    public static long retryAfterSeconds(Duration wait) {
        long seconds = wait.getSeconds() + (wait.getNano() > 0 ? 1 : 0);
        return Math.max(1, seconds);
    }
}
