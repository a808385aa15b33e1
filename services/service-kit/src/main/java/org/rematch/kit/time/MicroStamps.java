package org.rematch.kit.time;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Ordering keys finer than the database's milliseconds: microseconds since the epoch, made strictly increasing for
 * everything stamped through one instance, so two writes in the same millisecond keep their order.
 */
public final class MicroStamps {

    private final AtomicLong last = new AtomicLong();

    /** A stamp for {@code at}, greater than every stamp this instance gave before. */
    public long next(Instant at) {
        return last.accumulateAndGet(micros(at), (previous, now) -> Math.max(previous + 1, now));
    }

    /** {@code at} in microseconds since the epoch. */
    public static long micros(Instant at) {
        return Math.addExact(Math.multiplyExact(at.getEpochSecond(), 1_000_000L), at.getNano() / 1_000);
    }
}
