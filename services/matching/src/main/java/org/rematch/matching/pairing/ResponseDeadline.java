package org.rematch.matching.pairing;

import java.time.Duration;
import java.time.Instant;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How long a mentor has to answer a proposal ({@code rematch.matching.respond-within}, 72 hours unless configured), and
 * when they are reminded (half way).
 */
@Component
public class ResponseDeadline {

    private final Duration respondWithin;

    public ResponseDeadline(@Value("${rematch.matching.respond-within:72h}") Duration respondWithin) {
        if (respondWithin.isNegative() || respondWithin.isZero()) {
            throw new IllegalArgumentException("rematch.matching.respond-within must be positive, not " + respondWithin);
        }
        this.respondWithin = respondWithin;
    }

    public Duration respondWithin() {
        return respondWithin;
    }

    /** When a proposal made at {@code proposedAt} is to be answered by, and when the mentor is reminded. */
    public record Times(Instant remindAt, Instant respondBy) {
    }

    public Times of(Instant proposedAt) {
        return new Times(proposedAt.plus(respondWithin.dividedBy(2)), proposedAt.plus(respondWithin));
    }
}
