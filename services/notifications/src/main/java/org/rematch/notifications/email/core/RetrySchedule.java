package org.rematch.notifications.email.core;

import java.time.Duration;
import java.util.Objects;

/**
 * How long an email that could not be sent waits before the next try: {@code first} after the first failure, doubling
 * with each failure in a row, never longer than {@code max}. There is no last try: an email is retried until it is sent
 * (or its item is erased), so an SMTP outage delays mail but never loses it.
 */
public record RetrySchedule(Duration first, Duration max) {

    public RetrySchedule {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(max, "max");
        if (first.isNegative() || first.isZero() || max.compareTo(first) < 0) {
            throw new IllegalArgumentException("A retry schedule needs 0 < first <= max, not " + first + " and " + max);
        }
    }

    /** The wait after the {@code failures}-th failure in a row (1 for the first). */
    public Duration after(int failures) {
        Duration wait = first;
        // doubling stops at the cap, so no number of failures can overflow
        for (int failure = 1; failure < failures && wait.compareTo(max) < 0; failure++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(max) > 0 ? max : wait;
    }
}
