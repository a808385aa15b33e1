package org.rematch.kit.outbox;

import java.time.Clock;
import java.util.UUID;
import org.rematch.contracts.EventTypes;
import org.rematch.kit.trace.TraceContext;
import tools.jackson.databind.json.JsonMapper;

/** Turns an event record into the {@link OutboxEvent} that a domain document carries until the relay sends it. */
public class EventOutbox {

    private final JsonMapper json;
    private final String source;
    private final Clock clock;

    public EventOutbox(JsonMapper json, String source, Clock clock) {
        this.json = json;
        this.source = source;
        this.clock = clock;
    }

    public OutboxEvent event(String topic, String key, Object event) {
        return new OutboxEvent(UUID.randomUUID().toString(), topic, key, EventTypes.typeOf(event.getClass()), source,
                clock.instant(), json.writeValueAsString(event), TraceContext.childOfCurrent());
    }

    /** Tells compacted-topic readers that the entity is gone; they erase what they kept of it. */
    public OutboxEvent tombstone(String topic, String key, Class<?> eventClass) {
        return new OutboxEvent(UUID.randomUUID().toString(), topic, key, EventTypes.typeOf(eventClass), source,
                clock.instant(), null, TraceContext.childOfCurrent());
    }
}
