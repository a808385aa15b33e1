package org.rematch.directory.listing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.rematch.directory.Listings.mentor;
import static org.rematch.testsupport.FixtureShape.assertSameShape;
import static org.rematch.testsupport.Http.json;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
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
import org.rematch.contracts.mentees.VisaNeed;
import org.rematch.contracts.mentors.MentorListingSnapshot;
import org.rematch.contracts.path.CurrentRole;
import org.rematch.contracts.path.ExamHistory;
import org.rematch.contracts.path.HelpTopic;
import org.rematch.contracts.path.Specialty;
import org.rematch.directory.Listings;
import org.rematch.kit.outbox.OutboxEvent;
import org.rematch.testsupport.Http;
import org.rematch.testsupport.RematchServiceTest;
import org.rematch.testsupport.ServiceTestBase;
import org.rematch.testsupport.TestEvents;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import tools.jackson.databind.JsonNode;

/**
 * A listing round-trips through the API, and what the directory publishes on directory.mentors is exactly what the
 * contracts fixture says a listing snapshot is, carrying the mapped fields.
 */
@RematchServiceTest
class MentorListingContractTest extends ServiceTestBase {

    /** Fields the directory keeps to itself: in the API, not in the snapshot. */
    private static final Set<String> DIRECTORY_ONLY = Set.of("whatHelped", "alternativeCareer", "programType", "bio");
    /** Fields the mentor tells for matching alone: in their own view and the snapshot, not in the public listing. */
    private static final Set<String> FOR_MATCHING_ONLY = Set.of("graduationYear", "exams");

    @Autowired
    PauseSweep pauseSweep;

    private List<ConsumerRecord<String, String>> published(String mentorId, int expected) {
        TestEvents events = events();
        await().atMost(Duration.ofSeconds(30)).until(() -> events.read(Topics.MENTORS,
                record -> mentorId.equals(record.key()), Duration.ofSeconds(2)).size() >= expected);
        return events.read(Topics.MENTORS, record -> mentorId.equals(record.key()), Duration.ofSeconds(5));
    }

    @Test
    void aListingWithEveryFieldRoundTripsAndItsSnapshotCarriesTheMappedFields() {
        String mentorId = UUID.randomUUID().toString();
        LocalDate until = Listings.todayUtc().plusDays(20);
        Map<String, Object> sent = Listings.fullMap(until);

        ResponseEntity<String> created = http().post("/api/mentors", mentor(mentorId), Listings.json(sent));
        assertThat(created.getStatusCode().value()).as(created.getBody()).isEqualTo(201);

        JsonNode mine = json(http().get("/api/mentors/me", mentor(mentorId)));
        JsonNode publicView = json(http().get("/api/mentors/" + mentorId, mentor(UUID.randomUUID().toString())));
        for (Map.Entry<String, Object> field : sent.entrySet()) {
            JsonNode expected = Http.JSON.valueToTree(field.getValue());
            assertThat(mine.get(field.getKey())).as("GET /me %s", field.getKey()).isEqualTo(expected);
            assertThat(publicView.get(field.getKey())).as("GET /{id} %s", field.getKey())
                    .isEqualTo(FOR_MATCHING_ONLY.contains(field.getKey()) ? null : expected);
        }

        ConsumerRecord<String, String> record = published(mentorId, 1).getFirst();
        // names, not shape: the fixture's pausedUntil is null, this paused listing's is a date
        List<String> snapshotFields = new ArrayList<>(Http.JSON.readTree(record.value()).propertyNames());
        assertThat(snapshotFields).containsExactlyInAnyOrderElementsOf(Http.JSON.readTree(Fixtures.json(MentorListingSnapshot.class)).propertyNames());
        assertThat(snapshotFields).doesNotContainAnyElementsOf(DIRECTORY_ONLY);

        MentorListingSnapshot snapshot = Http.JSON.readValue(record.value(), MentorListingSnapshot.class);
        assertThat(snapshot).isEqualTo(new MentorListingSnapshot(mentorId, 1, "Mentor " + mentorId.substring(0, 8), Specialty.IM,
                2022, "PK", false, 2, true, VisaNeed.J1, 2016, new ExamHistory(241, 3), CurrentRole.ATTENDING,
                Set.of(HelpTopic.APPLICATION_REVIEW, HelpTopic.INTERVIEWS, HelpTopic.VISA), List.of("en", "ur"),
                "America/Chicago", 3, false, until));
    }

    /** The minimal listing with {@code capacity}, telling graduation year and exams (the fixture's shape has them). */
    private static String minimalTellingExams(int capacity) {
        Map<String, Object> body = Listings.minimalMap();
        body.put("capacity", capacity);
        body.put("graduationYear", 2019);
        body.put("exams", Listings.exams(238, 2));
        return Listings.json(body);
    }

    @Test
    void everyChangePublishesAFixtureShapedSnapshotWithARisingVersionAndCloudEventsHeaders() {
        String mentorId = UUID.randomUUID().toString();
        assertThat(http().post("/api/mentors", mentor(mentorId), minimalTellingExams(1)).getStatusCode().value()).isEqualTo(201);
        assertThat(Listings.withIfMatch(port, HttpMethod.PUT, "/api/mentors/me", mentor(mentorId), "\"1\"",
                minimalTellingExams(4)).getStatusCode().value()).isEqualTo(200);
        assertThat(http().put("/api/mentors/me/availability", mentor(mentorId), "{\"accepting\":false}")
                .getStatusCode().value()).isEqualTo(200);

        List<ConsumerRecord<String, String>> published = published(mentorId, 3);

        assertThat(published).hasSize(3);
        for (ConsumerRecord<String, String> record : published) {
            assertSameShape(record.value(), MentorListingSnapshot.class);
            assertThat(TestEvents.header(record, CloudEventHeaders.ID)).isNotBlank();
            assertThat(TestEvents.header(record, CloudEventHeaders.TYPE)).isEqualTo(EventTypes.typeOf(MentorListingSnapshot.class));
            assertThat(TestEvents.header(record, CloudEventHeaders.SOURCE)).isEqualTo("/rematch/mentor-directory");
            assertThat(TestEvents.header(record, CloudEventHeaders.SPEC_VERSION)).isEqualTo("1.0");
        }
        assertThat(published).extracting(record -> TestEvents.header(record, CloudEventHeaders.ID)).doesNotHaveDuplicates();
        List<MentorListingSnapshot> snapshots = published.stream()
                .map(record -> Http.JSON.readValue(record.value(), MentorListingSnapshot.class)).toList();
        assertThat(snapshots).extracting(MentorListingSnapshot::version).containsExactly(1L, 2L, 3L);
        assertThat(snapshots).extracting(MentorListingSnapshot::capacity).containsExactly(1, 4, 4);
        assertThat(snapshots).extracting(MentorListingSnapshot::accepting).containsExactly(true, true, false);
        assertThat(snapshots).extracting(MentorListingSnapshot::exams).containsOnly(new ExamHistory(238, 2));

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                mongo.findById(mentorId, Document.class, "mentor_listings").getList(OutboxEvent.FIELD, Document.class)).isEmpty());
    }

    @Test
    void aMentorWhoDoesNotTellGraduationYearNorExamsPublishesThemAsNull() {
        String mentorId = UUID.randomUUID().toString();
        http().post("/api/mentors", mentor(mentorId), Listings.minimal());

        JsonNode published = Http.JSON.readTree(published(mentorId, 1).getFirst().value());

        assertThat(published.get("graduationYear").isNull()).isTrue();
        assertThat(published.get("exams").isNull()).isTrue();
        assertThat(published.get("matchedYear").asInt()).isEqualTo(2024);
        assertThat(published.get("currentRole").asString()).isEqualTo("RESIDENT");
    }

    @Test
    void aPauseThatHasEndedCountsAsAcceptingAndTheSweepPublishesIt() {
        String mentorId = UUID.randomUUID().toString();
        http().post("/api/mentors", mentor(mentorId), Listings.full(Listings.todayUtc().plusDays(3)));
        published(mentorId, 1);
        // time passes: the pause's end date has come (written directly; the API refuses a date that is not in the future)
        mongo.updateFirst(Query.query(Criteria.where("_id").is(mentorId)),
                new Update().set("pausedUntil", Listings.todayUtc().toString()), "mentor_listings");

        JsonNode beforeSweep = json(http().get("/api/mentors/" + mentorId, mentor(mentorId)));
        assertThat(beforeSweep.get("accepting").asBoolean()).isTrue();
        assertThat(beforeSweep.get("pausedUntil").isNull()).isTrue();

        assertThat(pauseSweep.resumeEndedPauses()).isGreaterThanOrEqualTo(1);

        MentorListingSnapshot resumed = Http.JSON.readValue(published(mentorId, 2).getLast().value(), MentorListingSnapshot.class);
        assertThat(resumed.version()).isEqualTo(2);
        assertThat(resumed.accepting()).isTrue();
        assertThat(resumed.pausedUntil()).isNull();
        pauseSweep.resumeEndedPauses();
        assertThat(published(mentorId, 2)).as("a resumed listing is not resumed again").hasSize(2);
        assertThat(json(http().get("/api/mentors/me", mentor(mentorId))).get("version").asLong()).isEqualTo(2);
    }

    @Test
    void aRefusedRequestPublishesNothing() {
        String mentorId = UUID.randomUUID().toString();
        http().post("/api/mentors", mentor(mentorId), Listings.minimal());
        assertThat(http().post("/api/mentors", mentor(mentorId), Listings.minimal()).getStatusCode().value()).isEqualTo(409);
        assertThat(http().put("/api/mentors/me", mentor(mentorId), Listings.minimal()).getStatusCode().value()).isEqualTo(428);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                mongo.findById(mentorId, Document.class, "mentor_listings").getList(OutboxEvent.FIELD, Document.class)).isEmpty());

        List<ConsumerRecord<String, String>> published = events().read(Topics.MENTORS,
                record -> mentorId.equals(record.key()), Duration.ofSeconds(10));

        assertThat(published).hasSize(1);
        assertThat(Http.JSON.readTree(published.getFirst().value()).get("version").asLong()).isEqualTo(1);
    }
}
