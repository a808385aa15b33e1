package org.rematch.kit.outbox;

import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;
import org.bson.Document;
import org.rematch.contracts.CloudEventHeaders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Publishes what documents carry in their outbox, in order, and removes each event only after Kafka acknowledged it
 * (acks=all). A crash in between publishes the event again: delivery is at least once and consumers are idempotent.
 */
public class OutboxRelay {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    private static final int BATCH = 100;

    private final MongoTemplate mongo;
    private final KafkaTemplate<String, Object> kafka;
    private final List<String> collections;
    private final Set<String> removedOnceSent;

    /**
     * @param collections     whose documents carry an outbox
     * @param removedOnceSent those of them whose documents exist only to carry events, removed once all are sent
     */
    public OutboxRelay(MongoTemplate mongo, KafkaTemplate<String, Object> kafka, List<String> collections,
            Set<String> removedOnceSent) {
        this.mongo = mongo;
        this.kafka = kafka;
        this.collections = List.copyOf(collections);
        this.removedOnceSent = Set.copyOf(removedOnceSent);
    }

    @Scheduled(fixedDelayString = "${rematch.outbox.poll-interval:100ms}")
    public void relayPending() {
        for (String collection : collections) {
            Query pending = Query.query(Criteria.where(OutboxEvent.FIELD + ".0").exists(true)).limit(BATCH);
            mongo.find(pending, Document.class, collection).forEach(document -> relay(collection, document));
        }
    }

    private void relay(String collection, Document document) {
        for (Document event : document.getList(OutboxEvent.FIELD, Document.class)) {
            try {
                publish(event);
            } catch (Exception e) {
                // the rest of this document's events wait, so a key's events never overtake each other
                log.warn("Outbox event {} in {} not published yet, will retry: {}", event.get("eventId"), collection, e.toString());
                return;
            }
            mongo.updateFirst(Query.query(Criteria.where("_id").is(document.get("_id"))),
                    new Update().pull(OutboxEvent.FIELD, new Document("eventId", event.getString("eventId"))), collection);
        }
        if (removedOnceSent.contains(collection)) {
            // only if nothing was queued meanwhile: a concurrent push must still be sent
            mongo.remove(Query.query(Criteria.where("_id").is(document.get("_id")).and(OutboxEvent.FIELD + ".0").exists(false)),
                    collection);
        }
    }

    private void publish(Document event) throws Exception {
        String payload = event.getString("payload");
        ProducerRecord<String, Object> record = new ProducerRecord<>(event.getString("topic"), event.getString("key"),
                payload == null ? null : payload.getBytes(StandardCharsets.UTF_8));
        Headers headers = record.headers();
        add(headers, CloudEventHeaders.ID, event.getString("eventId"));
        add(headers, CloudEventHeaders.TYPE, event.getString("type"));
        add(headers, CloudEventHeaders.SOURCE, event.getString("source"));
        add(headers, CloudEventHeaders.TIME, event.get("time", Date.class).toInstant().toString());
        add(headers, CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_VALUE);
        add(headers, CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
        add(headers, CloudEventHeaders.TRACEPARENT, event.getString("traceparent"));
        kafka.send(record).get(10, TimeUnit.SECONDS);
    }

    private static void add(Headers headers, String name, String value) {
        if (value != null) {
            headers.add(name, value.getBytes(StandardCharsets.UTF_8));
        }
    }
}
