package org.rematch.directory.listing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.rematch.testsupport.FixtureShape.assertSameShape;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.rematch.contracts.CloudEventHeaders;
import org.rematch.contracts.EventTypes;
import org.rematch.contracts.Topics;
import org.rematch.contracts.mentors.MentorListingSnapshot;
import org.rematch.testsupport.Http;
import org.rematch.kit.outbox.OutboxEvent;
import org.rematch.testsupport.RematchServiceTest;
import org.rematch.testsupport.ServiceTestBase;
import org.rematch.testsupport.TestEvents;
import org.rematch.testsupport.TestTokens;

/** What the directory publishes on directory.mentors is exactly what the contracts fixture says a listing snapshot is. */
@RematchServiceTest
class MentorListingContractTest extends ServiceTestBase {

    @Test
    void everyCreateAndUpdatePublishesAFixtureShapedSnapshotWithARisingVersion() {
        String mentorId = UUID.randomUUID().toString();
        String token = TestTokens.bearer(mentorId, "MENTOR");
        assertThat(http().post("/api/mentors", token,
                "{\"matchedSpecialty\":\"IM\",\"medicalSchoolCountry\":\"PK\",\"unmatchedCyclesBeforeMatch\":2,\"capacity\":3}")
                .getStatusCode().value()).isEqualTo(201);
        assertThat(http().put("/api/mentors/me", token,
                "{\"matchedSpecialty\":\"IM\",\"medicalSchoolCountry\":\"PK\",\"unmatchedCyclesBeforeMatch\":2,\"capacity\":4,\"accepting\":false}")
                .getStatusCode().value()).isEqualTo(200);

        TestEvents events = events();
        await().atMost(Duration.ofSeconds(30)).until(() -> events.read(Topics.MENTORS,
                record -> mentorId.equals(record.key()), Duration.ofSeconds(2)).size() == 2);
        List<ConsumerRecord<String, String>> published = events.read(Topics.MENTORS,
                record -> mentorId.equals(record.key()), Duration.ofSeconds(10));

        assertThat(published).hasSize(2);
        for (ConsumerRecord<String, String> record : published) {
            assertThat(record.key()).isEqualTo(mentorId);
            assertSameShape(record.value(), MentorListingSnapshot.class);
            assertThat(TestEvents.header(record, CloudEventHeaders.ID)).isNotBlank();
            assertThat(TestEvents.header(record, CloudEventHeaders.TYPE)).isEqualTo(EventTypes.typeOf(MentorListingSnapshot.class));
            assertThat(TestEvents.header(record, CloudEventHeaders.SOURCE)).isEqualTo("/rematch/mentor-directory");
            assertThat(TestEvents.header(record, CloudEventHeaders.TIME)).isNotBlank();
            assertThat(TestEvents.header(record, CloudEventHeaders.SPEC_VERSION)).isEqualTo("1.0");
        }
        assertThat(published).extracting(record -> TestEvents.header(record, CloudEventHeaders.ID)).doesNotHaveDuplicates();

        MentorListingSnapshot first = Http.JSON.readValue(published.get(0).value(), MentorListingSnapshot.class);
        MentorListingSnapshot second = Http.JSON.readValue(published.get(1).value(), MentorListingSnapshot.class);
        assertThat(first).isEqualTo(new MentorListingSnapshot(mentorId, 1, "Mentor " + mentorId.substring(0, 8), "IM", "PK", 2, 3, true));
        assertThat(second).isEqualTo(new MentorListingSnapshot(mentorId, 2, "Mentor " + mentorId.substring(0, 8), "IM", "PK", 2, 4, false));

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                mongo.findById(mentorId, Document.class, "mentor_listings").getList(OutboxEvent.FIELD, Document.class)).isEmpty());
    }

    @Test
    void aRefusedRequestPublishesNothing() {
        String mentorId = UUID.randomUUID().toString();
        String body = "{\"matchedSpecialty\":\"IM\",\"medicalSchoolCountry\":\"PK\",\"unmatchedCyclesBeforeMatch\":2,\"capacity\":3}";
        http().post("/api/mentors", TestTokens.bearer(mentorId, "MENTOR"), body);
        assertThat(http().post("/api/mentors", TestTokens.bearer(mentorId, "MENTOR"), body).getStatusCode().value()).isEqualTo(409);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                mongo.findById(mentorId, Document.class, "mentor_listings").getList(OutboxEvent.FIELD, Document.class)).isEmpty());

        List<ConsumerRecord<String, String>> published = events().read(Topics.MENTORS,
                record -> mentorId.equals(record.key()), Duration.ofSeconds(15));

        assertThat(published).hasSize(1);
        assertThat(Http.JSON.readTree(published.getFirst().value()).get("version").asLong()).isEqualTo(1);
    }
}
