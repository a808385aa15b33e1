package org.rematch.forums.forum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import org.rematch.testsupport.Http;
import org.rematch.kit.outbox.OutboxEvent;
import org.rematch.testsupport.RematchServiceTest;
import org.rematch.testsupport.TestEvents;
import org.rematch.testsupport.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeType;

/** What forums publishes on forums.forums is exactly what the contracts fixture says a forum snapshot is. */
@RematchServiceTest
class ForumContractTest {

    @LocalServerPort
    int port;
    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;
    @Autowired
    MongoTemplate mongo;

    @Test
    void creatingAForumPublishesAFixtureShapedSnapshotVersionOne() {
        String name = "Contract forum " + UUID.randomUUID();
        Http http = new Http(port);
        var created = http.post("/api/forums", TestTokens.bearer(UUID.randomUUID().toString(), "MODERATOR"),
                "{\"name\":\"" + name + "\",\"tags\":[\"specialty:im\",\"country:PK\"]}");
        assertThat(created.getStatusCode().value()).isEqualTo(201);
        String forumId = Http.json(created).get("forumId").asString();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                mongo.findById(forumId, Document.class, "forums").getList(OutboxEvent.FIELD, Document.class)).isEmpty());

        List<ConsumerRecord<String, String>> published = new TestEvents(bootstrapServers).read(Topics.FORUMS,
                record -> forumId.equals(record.key()), Duration.ofSeconds(20));

        assertThat(published).hasSize(1);
        ConsumerRecord<String, String> record = published.getFirst();
        assertThat(record.key()).isEqualTo(forumId);
        assertThat(shape(Http.JSON.readTree(record.value()))).isEqualTo(shape(Http.JSON.readTree(Fixtures.json(ForumSnapshot.class))));
        assertThat(Http.JSON.readValue(record.value(), ForumSnapshot.class))
                .isEqualTo(new ForumSnapshot(forumId, 1, name, Set.of("country:PK", "specialty:IM"), ForumState.OPEN, 0));
        assertThat(TestEvents.header(record, CloudEventHeaders.ID)).isNotBlank();
        assertThat(TestEvents.header(record, CloudEventHeaders.TYPE)).isEqualTo(EventTypes.typeOf(ForumSnapshot.class));
        assertThat(TestEvents.header(record, CloudEventHeaders.SOURCE)).isEqualTo("/rematch/forums");
        assertThat(TestEvents.header(record, CloudEventHeaders.TIME)).isNotBlank();
        assertThat(TestEvents.header(record, CloudEventHeaders.SPEC_VERSION)).isEqualTo("1.0");
    }

    @Test
    void aRefusedDuplicatePublishesNothing() {
        String name = "Duplicate " + UUID.randomUUID();
        Http http = new Http(port);
        String token = TestTokens.bearer(UUID.randomUUID().toString(), "MODERATOR");
        String forumId = Http.json(http.post("/api/forums", token, "{\"name\":\"" + name + "\",\"tags\":[\"visa:J1\"]}"))
                .get("forumId").asString();
        assertThat(http.post("/api/forums", token, "{\"name\":\"" + name.toLowerCase() + "\",\"tags\":[\"visa:J1\"]}")
                .getStatusCode().value()).isEqualTo(409);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                mongo.findById(forumId, Document.class, "forums").getList(OutboxEvent.FIELD, Document.class)).isEmpty());

        List<ConsumerRecord<String, String>> published = new TestEvents(bootstrapServers).read(Topics.FORUMS,
                record -> record.value() != null && record.value().contains(name.substring(10)), Duration.ofSeconds(15));

        assertThat(published).extracting(ConsumerRecord::key).containsExactly(forumId);
    }

    /** Field names and JSON types, so a renamed, missing, extra or retyped field fails the contract. */
    private static Map<String, JsonNodeType> shape(JsonNode node) {
        Map<String, JsonNodeType> shape = new HashMap<>();
        node.properties().forEach(field -> shape.put(field.getKey(), field.getValue().getNodeType()));
        return shape;
    }
}
