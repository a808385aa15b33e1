package org.rematch.forums.thread;

import java.time.Instant;
import org.rematch.kit.time.MicroStamps;
import org.springframework.stereotype.Component;

/**
 * Ordering keys for posts and thread activity: microseconds since the epoch, made strictly increasing within this
 * process. The database keeps times to the millisecond, so two replies in the same millisecond would otherwise tie
 * and could swap places between page loads. (Two instances can still tie; the id breaks such ties consistently.)
 */
@Component
class Stamps {

    private final MicroStamps stamps = new MicroStamps();

    long next(Instant at) {
        return stamps.next(at);
    }
}
