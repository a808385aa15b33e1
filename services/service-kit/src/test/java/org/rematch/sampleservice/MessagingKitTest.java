package org.rematch.sampleservice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.rematch.contracts.CloudEventHeaders;
import org.rematch.contracts.EventTypes;
import org.rematch.contracts.Fixtures;
import org.rematch.contracts.Topics;
import org.rematch.contracts.forums.ForumSnapshot;
import org.rematch.contracts.forums.ForumState;
import org.rematch.sampleservice.KitTestApplication.ForumListener;
import org.rematch.sampleservice.KitTestApplication.Note;
import org.rematch.kit.messaging.ProcessedEvents;
import org.rematch.kit.outbox.EventOutbox;
import org.rematch.kit.outbox.OutboxEvent;
import org.rematch.kit.trace.TraceContext;
import org.rematch.testsupport.RematchServiceTest;
import org.rematch.testsupport.TestEvents;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

@RematchServiceTest
class MessagingKitTest {

    @Autowired
    MongoTemplate mongo;
    @Autowired
    EventOutbox outbox;
    @Autowired
    ForumListener listener;
    @Autowired
    ProcessedEvents processedEvents;
    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    @Test
    void anEventWrittenWithItsStateChangeIsPublishedWithCloudEventsHeadersThenRemovedFromTheOutbox() {
        String forumId = UUID.randomUUID().toString();
        ForumSnapshot snapshot = new ForumSnapshot(forumId, 1, "Relay " + forumId, Set.of("specialty:IM"), ForumState.OPEN, 0);
        TraceContext.enter(null);
        String traceId = TraceContext.current().substring(3, 35);
        mongo.insert(new Note(forumId, "state", List.of(outbox.event(Topics.FORUMS, forumId, snapshot))), "notes");
        TraceContext.leave();

        List<ConsumerRecord<String, String>> published = new TestEvents(bootstrapServers)
                .read(Topics.FORUMS, record -> forumId.equals(record.key()), Duration.ofSeconds(20));

        assertThat(published).hasSize(1);
        ConsumerRecord<String, String> record = published.getFirst();
        assertThat(TestEvents.header(record, CloudEventHeaders.TYPE)).isEqualTo(EventTypes.typeOf(ForumSnapshot.class));
        assertThat(TestEvents.header(record, CloudEventHeaders.SOURCE)).isEqualTo("/rematch/kit-test");
        assertThat(TestEvents.header(record, CloudEventHeaders.SPEC_VERSION)).isEqualTo("1.0");
        assertThat(TestEvents.header(record, CloudEventHeaders.ID)).isNotBlank();
        assertThat(TestEvents.header(record, CloudEventHeaders.TIME)).isNotBlank();
        assertThat(TestEvents.header(record, CloudEventHeaders.TRACEPARENT)).contains(traceId);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                mongo.findById(forumId, Document.class, "notes").getList(OutboxEvent.FIELD, Document.class)).isEmpty());
        await().atMost(Duration.ofSeconds(10)).until(() -> listener.consumed.contains(snapshot));
    }

    @Test
    void aRedeliveredEventIsHandledOnce() {
        String forumId = UUID.randomUUID().toString();
        String json = Fixtures.json(ForumSnapshot.class).replace("0c9d8e7f-6a5b-4c3d-2e1f-0a9b8c7d6e5f", forumId);
        TestEvents events = new TestEvents(bootstrapServers);
        String eventId = UUID.randomUUID().toString();

        events.publish(Topics.FORUMS, forumId, EventTypes.typeOf(ForumSnapshot.class), json, eventId);
        events.publish(Topics.FORUMS, forumId, EventTypes.typeOf(ForumSnapshot.class), json, eventId);
        events.publish(Topics.FORUMS, forumId, ForumSnapshot.class, json.replace("\"version\": 1", "\"version\": 2"));

        await().atMost(Duration.ofSeconds(20)).until(() -> listener.consumed.stream().filter(f -> f.forumId().equals(forumId)).count() == 2);
        assertThat(listener.attempts.stream().filter(forumId::equals)).hasSize(3);
        assertThat(mongo.exists(Query.query(Criteria.where("_id").is("kit-test.forums:" + eventId)), "processed_events")).isTrue();
    }

    @Test
    void handledEventMarksPastTheirRetentionAreForgottenAndRecentOnesKept() {
        Instant now = Instant.now();
        String old = "kit-test.pruning:" + UUID.randomUUID();
        String recent = "kit-test.pruning:" + UUID.randomUUID();
        mongo.insert(new Document("_id", old).append("processedAt", Date.from(now.minus(Duration.ofDays(15)))), "processed_events");
        mongo.insert(new Document("_id", recent).append("processedAt", Date.from(now.minus(Duration.ofDays(13)))), "processed_events");

        long forgotten = processedEvents.forgetOlderThan(Duration.ofDays(14), now);

        assertThat(forgotten).isGreaterThanOrEqualTo(1);
        assertThat(mongo.exists(Query.query(Criteria.where("_id").is(old)), "processed_events")).isFalse();
        assertThat(mongo.exists(Query.query(Criteria.where("_id").is(recent)), "processed_events")).isTrue();
    }

    @Test
    void poisonRecordsGoToTheDeadLetterTopicWithoutBlockingThePartition() {
        TestEvents events = new TestEvents(bootstrapServers);
        String key = UUID.randomUUID().toString();
        String unknownType = events.publish(Topics.FORUMS, key, "org.rematch.forums.NoSuchEvent.v9", "{}", UUID.randomUUID().toString());
        String malformed = events.publish(Topics.FORUMS, key, EventTypes.typeOf(ForumSnapshot.class), "{not json", UUID.randomUUID().toString());
        String failing = events.publish(Topics.FORUMS, key, ForumSnapshot.class,
                Fixtures.json(ForumSnapshot.class).replace("Internal Medicine reapplicants", "fail"));
        String good = Fixtures.json(ForumSnapshot.class).replace("0c9d8e7f-6a5b-4c3d-2e1f-0a9b8c7d6e5f", key);
        events.publish(Topics.FORUMS, key, ForumSnapshot.class, good);

        await().atMost(Duration.ofSeconds(30)).until(() -> listener.consumed.stream().anyMatch(f -> f.forumId().equals(key)));
        List<ConsumerRecord<String, String>> dead = events.read(Topics.deadLetterOf(Topics.FORUMS),
                record -> key.equals(record.key()), Duration.ofSeconds(20));
        assertThat(dead).extracting(record -> TestEvents.header(record, CloudEventHeaders.ID))
                .containsExactlyInAnyOrder(unknownType, malformed, failing);
        assertThat(dead).allSatisfy(record -> assertThat(TestEvents.header(record, "kafka_dlt-exception-message")).isNotBlank());
        assertThat(listener.attempts.stream().filter(key::equals)).hasSizeGreaterThanOrEqualTo(1 + 4);
    }
}
