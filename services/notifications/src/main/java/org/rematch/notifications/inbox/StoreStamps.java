package org.rematch.notifications.inbox;

import java.time.Clock;
import org.rematch.kit.time.MicroStamps;
import org.springframework.stereotype.Component;

/**
 * When each inbox item was stored, in microseconds since the epoch, strictly increasing within this process: the
 * order of the live stream and the position a reconnecting client resumes from (its Last-Event-ID). Item times
 * ({@code createdAt}) tell when what the item says happened, which may be long before it was stored.
 */
@Component
class StoreStamps {

    private final Clock clock;
    private final MicroStamps stamps = new MicroStamps();

    StoreStamps(Clock clock) {
        this.clock = clock;
    }

    long next() {
        return stamps.next(clock.instant());
    }
}
