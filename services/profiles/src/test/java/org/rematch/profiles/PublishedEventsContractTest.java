package org.rematch.profiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.rematch.profiles.ProfilesHttp.json;
import static org.rematch.testsupport.FixtureShape.assertSameShape;

import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.rematch.contracts.CloudEventHeaders;
import org.rematch.contracts.EventTypes;
import org.rematch.contracts.Topics;
import org.rematch.contracts.accounts.AccountSnapshot;
import org.rematch.contracts.mentees.MenteeSnapshot;
import org.rematch.kit.outbox.OutboxEvent;
import org.rematch.profiles.account.Account;
import org.rematch.profiles.mentee.Mentee;
import org.rematch.testsupport.RematchServiceTest;
import org.rematch.testsupport.TestEvents;
import tools.jackson.databind.JsonNode;

/** What profiles publishes has exactly the shape of the contracts fixtures, with CloudEvents headers and the right key. */
@RematchServiceTest
class PublishedEventsContractTest extends ProfilesServiceTest {

    @Test
    void aRegistrationPublishesAnAccountSnapshotShapedLikeTheFixture() {
        ProfilesHttp.Registered amina = http().registerAndLogIn("Amina Khan", "MENTEE");

        List<ConsumerRecord<String, String>> published = events().read(Topics.ACCOUNTS,
                record -> amina.accountId().equals(record.key()), Duration.ofSeconds(20));

        assertThat(published).hasSize(1);
        ConsumerRecord<String, String> record = published.getFirst();
        assertCloudEvent(record, AccountSnapshot.class);
        JsonNode snapshot = json(record.value());
        assertSameShape(snapshot, AccountSnapshot.class);
        assertThat(snapshot.get("accountId").asString()).isEqualTo(amina.accountId());
        assertThat(snapshot.get("version").asLong()).isEqualTo(1);
        assertThat(snapshot.get("email").asString()).isEqualTo(amina.email());
        assertThat(snapshot.get("displayName").asString()).isEqualTo("Amina Khan");
        assertThat(snapshot.get("roles").toString()).isEqualTo("[\"MENTEE\"]");
        assertThat(record.value()).doesNotContainIgnoringCase("password");
        awaitOutboxEmpty(Account.COLLECTION, amina.accountId());
    }

    @Test
    void aMenteePathPublishesMenteeSnapshotsShapedLikeTheFixture() {
        ProfilesHttp.Registered amina = http().registerAndLogIn("Amina Khan", "MENTEE");
        assertThat(http().post("/api/mentees", amina.bearer(), MenteePaths.FULL).getStatusCode().value()).isEqualTo(201);
        assertThat(http().putIfMatch("/api/mentees/me", amina.bearer(), "\"1\"",
                MenteePaths.with(MenteePaths.FULL, "targetSpecialties", "[\"PSYCH\"]")).getStatusCode().value()).isEqualTo(200);

        List<ConsumerRecord<String, String>> published = events().read(Topics.MENTEES,
                record -> amina.accountId().equals(record.key()) && record.value().contains("UPDATED"),
                Duration.ofSeconds(20));
        List<ConsumerRecord<String, String>> all = events().read(Topics.MENTEES,
                record -> amina.accountId().equals(record.key()), Duration.ofSeconds(20));

        assertThat(published).hasSize(1);
        assertThat(all).hasSize(2);
        for (ConsumerRecord<String, String> record : all) {
            assertCloudEvent(record, MenteeSnapshot.class);
            assertSameShape(record.value(), MenteeSnapshot.class);
        }
        JsonNode registered = json(all.get(0).value());
        JsonNode updated = json(all.get(1).value());
        assertThat(registered.get("menteeId").asString()).isEqualTo(amina.accountId());
        assertThat(registered.get("change").asString()).isEqualTo("REGISTERED");
        assertThat(registered.get("status").asString()).isEqualTo("SEEKING");
        assertThat(registered.get("version").asLong()).isEqualTo(1);
        assertThat(registered.get("displayName").asString()).isEqualTo("Amina Khan");
        assertThat(registered.get("targetSpecialties").toString()).isEqualTo("[\"IM\",\"FM\",\"IMPRELIM\"]");
        assertThat(registered.get("visaNeed").asString()).isEqualTo("J1");
        assertThat(registered.get("sharedWithMentors").toString()).isEqualTo("[\"MATCH_ATTEMPTS\"]");
        assertThat(registered.get("forumJoining").asString()).isEqualTo("JOIN_AUTOMATICALLY");
        assertThat(updated.get("change").asString()).isEqualTo("UPDATED");
        assertThat(updated.get("version").asLong()).isEqualTo(2);
        assertThat(updated.get("targetSpecialties").toString()).isEqualTo("[\"PSYCH\"]");
        awaitOutboxEmpty(Mentee.COLLECTION, amina.accountId());
    }

    private static void assertCloudEvent(ConsumerRecord<String, String> record, Class<?> eventClass) {
        assertThat(TestEvents.header(record, CloudEventHeaders.ID)).isNotBlank();
        assertThat(TestEvents.header(record, CloudEventHeaders.TYPE)).isEqualTo(EventTypes.typeOf(eventClass));
        assertThat(TestEvents.header(record, CloudEventHeaders.SOURCE)).isEqualTo("/rematch/profiles");
        assertThat(TestEvents.header(record, CloudEventHeaders.TIME)).isNotBlank();
        assertThat(TestEvents.header(record, CloudEventHeaders.SPEC_VERSION)).isEqualTo("1.0");
        assertThat(TestEvents.header(record, CloudEventHeaders.CONTENT_TYPE)).isEqualTo("application/json");
    }

    private void awaitOutboxEmpty(String collection, String id) {
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                mongo.findById(id, Document.class, collection).getList(OutboxEvent.FIELD, Document.class)).isEmpty());
    }
}
