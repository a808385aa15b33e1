package org.rematch.notifications.inbox;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;

/**
 * When each inbox item was stored, in microseconds since the epoch, strictly increasing within this process: the
 * order of the live stream and the position a reconnecting client resumes from (its Last-Event-ID). Item times
 * ({@code createdAt}) tell when what the item says happened, which may be long before it was stored.
 */
@Component
class StoreStamps {

    private final Clock clock;
    private final AtomicLong last = new AtomicLong();

    StoreStamps(Clock clock) {
        this.clock = clock;
    }

    long next() {
        long now = micros(clock.instant());
        return last.accumulateAndGet(now, (previous, current) -> Math.max(previous + 1, current));
    }

    static long micros(Instant at) {
        return Math.addExact(Math.multiplyExact(at.getEpochSecond(), 1_000_000L), at.getNano() / 1_000);
    }
}
