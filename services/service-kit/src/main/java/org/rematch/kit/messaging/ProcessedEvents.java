package org.rematch.kit.messaging;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.rematch.contracts.CloudEventHeaders;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Idempotent consumption by ce_id: an event a consumer has handled once is skipped when Kafka delivers it again.
 * The handled mark is written after the handler ran, so a crash in between re-runs the handler; handlers therefore
 * also make their own effect idempotent (entity version, deterministic id). This check saves the repeated work.
 */
public class ProcessedEvents {

    static final String COLLECTION = "processed_events";

    private final MongoTemplate mongo;

    public ProcessedEvents(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /**
     * Forgets marks older than {@code retention}. Kafka redelivers only what is still retained, so a retention longer
     * than the topics' (7 days by default) keeps every mark that can still matter.
     */
    public long forgetOlderThan(Duration retention, Instant now) {
        return mongo.remove(Query.query(Criteria.where("processedAt").lt(now.minus(retention))), COLLECTION).getDeletedCount();
    }

    /** Runs {@code handler} unless {@code consumer} already handled the record's event. */
    public void once(String consumer, ConsumerRecord<?, ?> record, Runnable handler) {
        String eventId = eventId(record);
        String markId = consumer + ":" + eventId;
        if (mongo.exists(Query.query(Criteria.where("_id").is(markId)), COLLECTION)) {
            return;
        }
        handler.run();
        try {
            mongo.insert(new ProcessedEvent(markId, Instant.now()), COLLECTION);
        } catch (DuplicateKeyException alreadyMarkedByAConcurrentRedelivery) {
            // the handler is idempotent, so the other delivery's mark stands for both
        }
    }

    /** The record's ce_id, or, without one, its topic, partition and offset (just as unique). */
    public static String eventId(ConsumerRecord<?, ?> record) {
        Header header = record.headers().lastHeader(CloudEventHeaders.ID);
        if (header == null) {
            // topic-partition-offset identifies a record without a ce_id exactly once as well
            return record.topic() + "-" + record.partition() + "@" + record.offset();
        }
        return new String(header.value(), StandardCharsets.UTF_8);
    }

    record ProcessedEvent(String id, Instant processedAt) {
    }
}
