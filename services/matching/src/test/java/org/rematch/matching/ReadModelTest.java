package org.rematch.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.rematch.contracts.CloudEventHeaders;
import org.rematch.contracts.EventTypes;
import org.rematch.contracts.Fixtures;
import org.rematch.contracts.Topics;
import org.rematch.contracts.forums.ForumSnapshot;
import org.rematch.contracts.mentees.MenteeSnapshot;
import org.rematch.contracts.mentors.MentorListingSnapshot;
import org.rematch.contracts.pairings.PairingProposed;
import org.rematch.testsupport.Http;
import org.rematch.testsupport.RematchServiceTest;
import org.rematch.testsupport.TestEvents;
import org.rematch.testsupport.TestTokens;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.ResponseEntity;

/** The read models follow the snapshot topics: newer versions only, tombstones erase, poison goes to the DLT. */
@RematchServiceTest
class ReadModelTest extends MatchingServiceTest {

    @Test
    void theFixturesOfEveryConsumedSnapshotAreAccepted() {
        String mentorId = MatchingHarness.id();
        String forumId = MatchingHarness.id();
        String menteeId = MatchingHarness.id();

        harness.publishMentor(Fixtures.json(MentorListingSnapshot.class).replace("5b0e3a52-7c2d-4e0f-8a1b-2c3d4e5f6a7b", mentorId));
        harness.publishForum(Fixtures.json(ForumSnapshot.class).replace("0c9d8e7f-6a5b-4c3d-2e1f-0a9b8c7d6e5f", forumId));
        harness.publishMentee(Fixtures.json(MenteeSnapshot.class).replace("a1f6c7e2-0d55-4a4e-9a39-6f6f0f1d2b11", menteeId)
                .replace("\"REGISTERED\"", "\"UPDATED\""));

        harness.awaitStored("mentors", mentorId, 3);
        harness.awaitStored("forums", forumId, 1);
        harness.awaitStored("mentees", menteeId, 1);
        Document mentor = harness.document("mentors", mentorId);
        assertThat(mentor).containsEntry("displayName", "Dr. Bilal Ahmed").containsEntry("matchedSpecialty", "IM")
                .containsEntry("medicalSchoolCountry", "PK").containsEntry("usImg", false).containsEntry("unmatchedCyclesBeforeMatch", 2)
                .containsEntry("matchedViaSoap", false).containsEntry("visaPath", "J1")
                .containsEntry("topics", List.of("APPLICATION_REVIEW", "INTERVIEWS", "VISA")).containsEntry("languages", List.of("en", "ur"))
                .containsEntry("timeZone", "America/Chicago").containsEntry("capacity", 3).containsEntry("accepting", true)
                .containsEntry("pausedUntil", null).containsEntry("reserved", 0);
        assertThat(harness.document("forums", forumId)).containsEntry("name", "Internal Medicine reapplicants")
                .containsEntry("state", "OPEN").containsEntry("tags", List.of("specialty:IM"));
        assertThat(harness.document("mentees", menteeId)).containsEntry("targetSpecialties", List.of("IM", "FM"))
                .containsEntry("medicalSchoolCountry", "PK").containsEntry("usImg", false).containsEntry("graduationYear", 2021)
                .containsEntry("matchAttempts", 2).containsEntry("soapTried", true).containsEntry("visaNeed", "J1")
                .containsEntry("goal", "REAPPLY_SAME_SPECIALTY").containsEntry("languages", List.of("en", "ur"))
                .containsEntry("timeZone", "Asia/Karachi").containsEntry("helpWanted", List.of("APPLICATION_REVIEW", "INTERVIEWS"))
                .containsEntry("status", "SEEKING")
                .containsEntry("displayName", "Amina Khan").containsEntry("sharedWithMentors", List.of("MATCH_ATTEMPTS"))
                .containsEntry("forumJoining", "JOIN_AUTOMATICALLY");
        assertThat(harness.pairingsOf(menteeId)).as("only a registration starts matching").isEmpty();
    }

    @Test
    void onlyNewerVersionsApplyAndAListingUpdateKeepsTheReservations() {
        String mentorId = harness.mentor(2, 2);
        String menteeId = harness.registerMentee(2);
        harness.pairingEvents(menteeId, PairingProposed.class, 1);

        harness.publishMentor(MatchingHarness.mentorJson(mentorId, 3, harness.mentorSpecialty, harness.country, 2, 5, true));
        harness.awaitStored("mentors", mentorId, 3);
        String replayed = harness.publishMentor(MatchingHarness.mentorJson(mentorId, 2, "GS", "OLD", 9, 1, false));
        await().atMost(MatchingHarness.WAIT).until(() -> harness.handled("matching.mentors", replayed));

        Document mentor = harness.document("mentors", mentorId);
        assertThat(mentor).containsEntry("version", 3L).containsEntry("capacity", 5).containsEntry("matchedSpecialty", harness.mentorSpecialty)
                .containsEntry("accepting", true).containsEntry("reserved", 1);
        assertThat(mentor.getList("reservations", String.class)).hasSize(1);

        String staleMentee = harness.publishMentee(MatchingHarness.menteeJson(menteeId, 1, "UPDATED", List.of("GS"), "OLD", 0, "J1"));
        await().atMost(MatchingHarness.WAIT).until(() -> harness.handled("matching.mentees", staleMentee));
        assertThat(harness.document("mentees", menteeId)).containsEntry("targetSpecialties", harness.menteeTargets);
    }

    @Test
    void aMenteeStoredBeforeTheForumJoiningChoiceExistedReadsAsInvited() {
        String menteeId = MatchingHarness.id();
        harness.publishMentee(MatchingHarness.with(MatchingHarness.menteeJson(menteeId, 1, "UPDATED", harness.menteeTargets,
                harness.country, 1, "NONE"), "forumJoining", "JOIN_AUTOMATICALLY"));
        harness.awaitStored("mentees", menteeId, 1);
        assertThat(exportedForumJoining(menteeId)).isEqualTo("JOIN_AUTOMATICALLY");

        // the document as matching stored it before the choice existed
        assertThat(mongo.updateFirst(Query.query(Criteria.where("_id").is(menteeId)), new Update().unset("forumJoining"), "mentees")
                .getModifiedCount()).isEqualTo(1);

        assertThat(exportedForumJoining(menteeId)).isEqualTo("INVITE");
    }

    /** The choice in matching's copy of the mentee, as their personal-data export shows it. */
    private String exportedForumJoining(String menteeId) {
        ResponseEntity<String> export = harness.http.get("/api/personal-data", TestTokens.bearer(menteeId, "MENTEE"));
        assertThat(export.getStatusCode().value()).as(export.getBody()).isEqualTo(200);
        return Http.json(export).get("data").get("mentee").get("forumJoining").asString();
    }

    @Test
    void tombstonesEraseAndADeletedMenteeGivesItsSlotBack() {
        String mentorId = harness.mentor(2, 2);
        String forumId = MatchingHarness.id();
        harness.publishForum(MatchingHarness.forumJson(forumId, 1, "Gone soon", Set.of("country:" + harness.country), "OPEN"));
        harness.awaitStored("forums", forumId, 1);
        String menteeId = harness.registerMentee(2);
        harness.pairingEvents(menteeId, PairingProposed.class, 1);
        harness.awaitPublished(menteeId);

        harness.events.publish(Topics.MENTEES, menteeId, EventTypes.typeOf(MenteeSnapshot.class), null, MatchingHarness.id());
        harness.events.publish(Topics.FORUMS, forumId, EventTypes.typeOf(ForumSnapshot.class), null, MatchingHarness.id());

        // erasure deletes the mentee first, then gives the slot back and deletes the pairings
        await().atMost(MatchingHarness.WAIT).until(() -> harness.document("mentees", menteeId) == null
                && harness.document("forums", forumId) == null && harness.pairingsOf(menteeId).isEmpty());
        assertThat(harness.document("mentors", mentorId).getInteger("reserved")).isZero();

        harness.events.publish(Topics.MENTORS, mentorId, EventTypes.typeOf(MentorListingSnapshot.class), null, MatchingHarness.id());
        await().atMost(MatchingHarness.WAIT).until(() -> harness.document("mentors", mentorId) == null);
    }

    @Test
    void poisonRecordsOnMenteesGoToTheDeadLetterTopicAndTheNextGoodRecordIsProcessed() {
        String menteeId = MatchingHarness.id();
        String unknownType = harness.events.publish(Topics.MENTEES, menteeId, "org.rematch.profiles.NoSuchEvent.v9", "{}", MatchingHarness.id());
        String malformed = harness.events.publish(Topics.MENTEES, menteeId, EventTypes.typeOf(MenteeSnapshot.class), "{not json",
                MatchingHarness.id());
        harness.publishMentee(MatchingHarness.menteeJson(menteeId, 1, "UPDATED", harness.menteeTargets, harness.country, 1, "H1B"));

        harness.awaitStored("mentees", menteeId, 1);
        List<ConsumerRecord<String, String>> dead = await().atMost(MatchingHarness.WAIT).until(() -> harness.events.read(
                Topics.deadLetterOf(Topics.MENTEES), record -> menteeId.equals(record.key()), Duration.ofSeconds(3)), found -> found.size() >= 2);
        assertThat(dead).extracting(record -> TestEvents.header(record, CloudEventHeaders.ID)).containsExactlyInAnyOrder(unknownType, malformed);
        assertThat(harness.document("mentees", menteeId)).containsEntry("visaNeed", "H1B");
    }
}
