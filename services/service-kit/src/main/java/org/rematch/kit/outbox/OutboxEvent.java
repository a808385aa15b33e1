package org.rematch.kit.outbox;

import java.time.Instant;

/**
 * An event waiting to be published, stored inside the document whose change caused it (field {@code outbox}),
 * so state and event are written in one single-document update. A null payload is a tombstone.
 */
public record OutboxEvent(
        String eventId,
        String topic,
        String key,
        String type,
        String source,
        Instant time,
        String payload,
        String traceparent) {

    public static final String FIELD = "outbox";
}
