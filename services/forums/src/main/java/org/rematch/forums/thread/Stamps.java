package org.rematch.forums.thread;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;

/**
 * Ordering keys for posts and thread activity: microseconds since the epoch, made strictly increasing within this
 * process. The database keeps times to the millisecond, so two replies in the same millisecond would otherwise tie
 * and could swap places between page loads. (Two instances can still tie; the id breaks such ties consistently.)
 */
@Component
class Stamps {

    private final AtomicLong last = new AtomicLong();

    long next(Instant at) {
        long micros = Math.addExact(Math.multiplyExact(at.getEpochSecond(), 1_000_000L), at.getNano() / 1_000);
        return last.accumulateAndGet(micros, (previous, now) -> Math.max(previous + 1, now));
    }
}
