package org.rematch.forums.forum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.rematch.testsupport.FixtureShape.assertSameShape;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.rematch.contracts.CloudEventHeaders;
import org.rematch.contracts.EventTypes;
import org.rematch.contracts.Topics;
import org.rematch.contracts.forums.ForumSnapshot;
import org.rematch.contracts.forums.ForumState;
import org.rematch.testsupport.Http;
import org.rematch.kit.outbox.OutboxEvent;
import org.rematch.testsupport.RematchServiceTest;
import org.rematch.testsupport.ServiceTestBase;
import org.rematch.testsupport.TestEvents;
import org.rematch.testsupport.TestTokens;

/** What forums publishes on forums.forums is exactly what the contracts fixture says a forum snapshot is. */
@RematchServiceTest
class ForumContractTest extends ServiceTestBase {

    @Test
    void creatingAForumPublishesAFixtureShapedSnapshotVersionOne() {
        String name = "Contract forum " + UUID.randomUUID();
        var created = http().post("/api/forums", TestTokens.bearer(UUID.randomUUID().toString(), "MODERATOR"),
                "{\"name\":\"" + name + "\",\"tags\":[\"specialty:im\",\"country:PK\"]}");
        assertThat(created.getStatusCode().value()).isEqualTo(201);
        String forumId = Http.json(created).get("forumId").asString();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                mongo.findById(forumId, Document.class, "forums").getList(OutboxEvent.FIELD, Document.class)).isEmpty());

        List<ConsumerRecord<String, String>> published = events().read(Topics.FORUMS,
                record -> forumId.equals(record.key()), Duration.ofSeconds(20));

        assertThat(published).hasSize(1);
        ConsumerRecord<String, String> record = published.getFirst();
        assertThat(record.key()).isEqualTo(forumId);
        assertSameShape(record.value(), ForumSnapshot.class);
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
        String token = TestTokens.bearer(UUID.randomUUID().toString(), "MODERATOR");
        String forumId = Http.json(http().post("/api/forums", token, "{\"name\":\"" + name + "\",\"tags\":[\"visa:J1\"]}"))
                .get("forumId").asString();
        assertThat(http().post("/api/forums", token, "{\"name\":\"" + name.toLowerCase() + "\",\"tags\":[\"visa:J1\"]}")
                .getStatusCode().value()).isEqualTo(409);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                mongo.findById(forumId, Document.class, "forums").getList(OutboxEvent.FIELD, Document.class)).isEmpty());

        List<ConsumerRecord<String, String>> published = events().read(Topics.FORUMS,
                record -> record.value() != null && record.value().contains(name.substring(10)), Duration.ofSeconds(15));

        assertThat(published).extracting(ConsumerRecord::key).containsExactly(forumId);
    }
}
