package org.rematch.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.rematch.testsupport.FixtureShape.assertSameShape;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.rematch.contracts.CloudEventHeaders;
import org.rematch.contracts.EventTypes;
import org.rematch.contracts.Topics;
import org.rematch.contracts.mentors.MentorMarkedInactive;
import org.rematch.contracts.pairings.PairingExpired;
import org.rematch.contracts.pairings.PairingReminderDue;
import org.rematch.contracts.pairings.PairingWithdrawn;
import org.rematch.matching.pairing.Pairing;
import org.rematch.matching.pairing.ProposalDeadlines;
import org.rematch.testsupport.Http;
import org.rematch.testsupport.RematchServiceTest;
import org.rematch.testsupport.TestEvents;
import org.rematch.testsupport.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.HttpStatus;
import tools.jackson.databind.JsonNode;

/**
 * A mentor is reminded half way through the time to answer; proposals they leave unanswered expire, the mentee moves
 * on, and a mentor who lets two in a row expire is marked inactive; a mentor who pauses or cuts their capacity has the
 * proposals that no longer fit withdrawn. The mentor's 72 hours are made to pass by moving one pairing's respond-by time into the past; the sweep is
 * the service's own, called directly rather than waiting for its schedule.
 */
@RematchServiceTest
class ProposalDeadlinesTest extends MatchingServiceTest {

    @Autowired
    ProposalDeadlines deadlines;

    @Test
    void anUnansweredProposalExpiresAndTheMenteeIsProposedTheNextMentorWithoutLearningWhoStayedSilent() {
        String silent = harness.mentor(2, 1);
        String next = harness.mentor(0, 1);
        String menteeId = harness.registerMentee(2);
        JsonNode first = harness.proposal(menteeId, 1);
        assertThat(first.get("mentorId").asString()).isEqualTo(silent);
        assertThat(Instant.parse(first.get("respondBy").asString()))
                .isEqualTo(Instant.parse(first.get("proposedAt").asString()).plusSeconds(72 * 3600));

        timeRunsOut(first.get("pairingId").asString());

        JsonNode expired = harness.pairingEvents(menteeId, PairingExpired.class, 1).getFirst();
        assertThat(expired.get("mentorId").asString()).isEqualTo(silent);
        assertSameShape(expired, PairingExpired.class);
        assertThat(harness.proposal(menteeId, 2).get("mentorId").asString()).isEqualTo(next);
        await().atMost(MatchingHarness.WAIT).until(() -> harness.document("mentors", silent).getInteger("reserved") == 0);
        JsonNode asMentee = Http.json(harness.http.get("/api/pairings/" + first.get("pairingId").asString(),
                TestTokens.bearer(menteeId, "MENTEE")));
        assertThat(asMentee.get("state").asString()).isEqualTo("EXPIRED");
        assertThat(asMentee.get("mentorId").isNull()).isTrue();
        assertThat(asMentee.get("mentorDisplayName").isNull()).isTrue();
        assertThat(harness.http.post("/api/pairings/" + first.get("pairingId").asString() + "/accept",
                TestTokens.bearer(silent, "MENTOR"), "").getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    }

    @Test
    void twoProposalsInARowExpiringMarkTheMentorInactiveOnceAndMatchingStopsProposingToThem() {
        String silent = harness.mentor(2, 2);
        String other = harness.mentor(0, 3);
        String amina = harness.registerMentee(2);
        String bilal = harness.registerMentee(2);
        timeRunsOut(harness.proposal(amina, 1).get("pairingId").asString());
        timeRunsOut(harness.proposal(bilal, 1).get("pairingId").asString());

        List<String> expiries = expiryEventIds(amina, bilal);
        await().atMost(MatchingHarness.WAIT).until(() -> expiries.stream().allMatch(id -> harness.handled("matching.responsiveness", id)));
        JsonNode marked = MatchingHarness.JSON.readTree(onlyMarking(silent).value());
        assertThat(marked.get("unansweredInARow").asInt()).isEqualTo(2);
        assertThat(marked.get("respondWithin").asString()).isEqualTo("PT72H");
        assertSameShape(marked, MentorMarkedInactive.class);
        assertThat(harness.document("mentors", silent).getBoolean("accepting")).isFalse();
        assertThat(harness.proposal(amina, 2).get("mentorId").asString()).isEqualTo(other);
        assertThat(harness.proposal(bilal, 2).get("mentorId").asString()).isEqualTo(other);

        String carol = harness.registerMentee(2);
        assertThat(harness.proposal(carol, 1).get("mentorId").asString()).as("the silent mentor is skipped though best").isEqualTo(other);

        // the same expiry delivered again, even under a new ce_id, does not mark the mentor a second time
        ConsumerRecord<String, String> again = harness.pairingRecords(bilal, PairingExpired.class, 1).getFirst();
        String replayId = harness.events.publish(Topics.PAIRINGS, bilal, EventTypes.typeOf(PairingExpired.class), again.value(),
                MatchingHarness.id());
        await().atMost(MatchingHarness.WAIT).until(() -> harness.handled("matching.responsiveness", replayId));
        onlyMarking(silent);
    }

    @Test
    void aMentorWhoAnsweredBetweenTwoExpiriesStaysActive() {
        String mentor = harness.mentor(2, 3);
        String amina = harness.registerMentee(2);
        timeRunsOut(harness.proposal(amina, 1).get("pairingId").asString());
        String bilal = harness.registerMentee(2);
        String accepted = harness.proposal(bilal, 1).get("pairingId").asString();
        assertThat(harness.http.post("/api/pairings/" + accepted + "/accept", TestTokens.bearer(mentor, "MENTOR"), "")
                .getStatusCode()).isEqualTo(HttpStatus.OK);
        String carol = harness.registerMentee(2);
        timeRunsOut(harness.proposal(carol, 1).get("pairingId").asString());

        List<String> expiries = expiryEventIds(amina, carol);
        await().atMost(MatchingHarness.WAIT).until(() -> expiries.stream().allMatch(id -> harness.handled("matching.responsiveness", id)));
        assertThat(harness.records(Topics.MENTOR_ACTIVITY, mentor, MentorMarkedInactive.class)).isEmpty();
        assertThat(harness.document("mentors", mentor).getBoolean("accepting")).isTrue();
    }

    @Test
    void halfWayTheMentorIsRemindedOnce() {
        String mentor = harness.mentor(2, 1);
        String menteeId = harness.registerMentee(2);
        JsonNode proposed = harness.proposal(menteeId, 1);
        String pairingId = proposed.get("pairingId").asString();
        assertThat(harness.document(Pairing.COLLECTION, pairingId).getDate("remindAt").toInstant()).as("half way, to the millisecond")
                .isEqualTo(Instant.parse(proposed.get("proposedAt").asString()).plusSeconds(36 * 3600).truncatedTo(ChronoUnit.MILLIS));

        mongo.updateFirst(Query.query(Criteria.where("_id").is(pairingId)),
                new Update().set("remindAt", Instant.now().minusSeconds(1)), Pairing.COLLECTION);
        deadlines.remindHalfWay();
        deadlines.remindHalfWay();

        JsonNode reminder = harness.pairingEvents(menteeId, PairingReminderDue.class, 1).getFirst();
        assertSameShape(reminder, PairingReminderDue.class);
        assertThat(reminder.get("mentorId").asString()).isEqualTo(mentor);
        assertThat(Instant.parse(reminder.get("respondBy").asString()))
                .isEqualTo(Instant.parse(proposed.get("respondBy").asString()).truncatedTo(ChronoUnit.MILLIS));
        assertThat(reminder.get("menteeDisplayName").asString()).isEqualTo("Mentee " + menteeId.substring(0, 6));
        harness.awaitPublished(menteeId);
        assertThat(harness.records(Topics.PAIRINGS, menteeId, PairingReminderDue.class)).hasSize(1);
    }

    @Test
    void aCapacityCutWithdrawsTheNewestUnansweredProposalsAndAPauseTheRestAndTheirMenteesMoveOn() {
        String cutting = harness.mentor(2, 2);
        String amina = harness.registerMentee(2);
        assertThat(harness.proposal(amina, 1).get("mentorId").asString()).isEqualTo(cutting);
        String bilal = harness.registerMentee(2);
        assertThat(harness.proposal(bilal, 1).get("mentorId").asString()).isEqualTo(cutting);
        String other = harness.mentor(0, 3);

        harness.publishMentor(MatchingHarness.mentorJson(cutting, 2, harness.mentorSpecialty, harness.country, 2, 1, true));

        JsonNode cut = harness.pairingEvents(bilal, PairingWithdrawn.class, 1).getFirst();
        assertSameShape(cut, PairingWithdrawn.class);
        assertThat(cut.get("reason").asString()).isEqualTo("CAPACITY_REDUCED");
        assertThat(harness.proposal(bilal, 2).get("mentorId").asString()).isEqualTo(other);
        assertThat(harness.document(Pairing.COLLECTION, Pairing.idFor(amina, 1)).getString("state")).isEqualTo("PROPOSED");

        String paused = MatchingHarness.with(MatchingHarness.mentorJson(cutting, 3, harness.mentorSpecialty, harness.country, 2, 1, false),
                "pausedUntil", LocalDate.now(ZoneOffset.UTC).plusDays(30).toString());
        harness.publishMentor(paused);

        assertThat(harness.pairingEvents(amina, PairingWithdrawn.class, 1).getFirst().get("reason").asString()).isEqualTo("MENTOR_PAUSED");
        assertThat(harness.proposal(amina, 2).get("mentorId").asString()).isEqualTo(other);
        await().atMost(MatchingHarness.WAIT).until(() -> harness.document("mentors", cutting).getInteger("reserved") == 0);
        JsonNode asMentee = Http.json(harness.http.get("/api/pairings/" + Pairing.idFor(amina, 1), TestTokens.bearer(amina, "MENTEE")));
        assertThat(asMentee.get("state").asString()).isEqualTo("WITHDRAWN");
    }


    /** The mentor's respond-by time passes for this one pairing, and the sweep runs. */
    private void timeRunsOut(String pairingId) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(pairingId)),
                new Update().set("respondBy", Instant.now().minusSeconds(1)), Pairing.COLLECTION);
        deadlines.expireOverdue();
    }

    private List<String> expiryEventIds(String... menteeIds) {
        return Arrays.stream(menteeIds)
                .map(menteeId -> TestEvents.header(harness.pairingRecords(menteeId, PairingExpired.class, 1).getFirst(), CloudEventHeaders.ID))
                .toList();
    }

    private ConsumerRecord<String, String> onlyMarking(String mentorId) {
        List<ConsumerRecord<String, String>> markings = await().atMost(MatchingHarness.WAIT)
                .until(() -> harness.records(Topics.MENTOR_ACTIVITY, mentorId, MentorMarkedInactive.class), found -> !found.isEmpty());
        assertThat(markings).hasSize(1);
        return markings.getFirst();
    }
}
