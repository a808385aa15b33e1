package org.rematch.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.rematch.testsupport.FixtureShape.assertSameShape;

import org.junit.jupiter.api.Test;
import org.rematch.contracts.CloudEventHeaders;
import org.rematch.contracts.EventTypes;
import org.rematch.contracts.Topics;
import org.rematch.contracts.pairings.PairingEnded;
import org.rematch.matching.pairing.Pairing;
import org.rematch.testsupport.Http;
import org.rematch.testsupport.RematchServiceTest;
import org.rematch.testsupport.TestEvents;
import org.rematch.testsupport.TestTokens;
import tools.jackson.databind.JsonNode;

/** Either side ends an accepted mentorship; the slot frees, and a mentee left by their mentor gets the next one. */
@RematchServiceTest
class EndingTest extends MatchingServiceTest {

    @Test
    void aMentorEndsTheMentorshipWithFeedbackOnlyTheyKeepAndTheMenteeIsProposedTheNextMentor() {
        String mentor = harness.mentor(2, 1);
        String next = harness.mentor(0, 1);
        String menteeId = harness.registerMentee(2);
        String pairingId = acceptedPairing(menteeId, mentor);

        assertThat(Http.problem(harness.http.post("/api/pairings/" + pairingId + "/end", TestTokens.bearer(mentor, "MENTOR"),
                "{\"rating\": 6, \"feedback\": \"" + "x".repeat(1001) + "\"}"), 400).toString()).contains("rating", "feedback");
        Http.problem(harness.http.post("/api/pairings/" + pairingId + "/end", TestTokens.bearer(MatchingHarness.id(), "MENTEE"), ""), 404);
        JsonNode ended = Http.json(harness.http.post("/api/pairings/" + pairingId + "/end", TestTokens.bearer(mentor, "MENTOR"),
                "{\"feedback\": \" We met monthly; she is ready. \", \"rating\": 5}"));

        assertThat(ended.get("state").asString()).isEqualTo("ENDED");
        assertThat(ended.get("endedBy").asString()).isEqualTo("MENTOR");
        assertThat(ended.get("yourFeedback").get("feedback").asString()).isEqualTo("We met monthly; she is ready.");
        assertThat(ended.get("yourFeedback").get("rating").asInt()).isEqualTo(5);
        JsonNode event = harness.pairingEvents(menteeId, PairingEnded.class, 1).getFirst();
        assertSameShape(event, PairingEnded.class);
        assertThat(event.toString()).doesNotContain("monthly");
        assertThat(harness.proposal(menteeId, 2).get("mentorId").asString()).isEqualTo(next);
        assertThat(Http.json(harness.http.get("/api/pairings/" + Pairing.idFor(menteeId, 2), TestTokens.bearer(menteeId, "MENTEE")))
                .get("progress").asString()).isEqualTo("We are asking your 2nd choice of mentor");
        await().atMost(MatchingHarness.WAIT).until(() -> harness.document("mentors", mentor).getInteger("reserved") == 0);
        JsonNode asMentee = Http.json(harness.http.get("/api/pairings/" + pairingId, TestTokens.bearer(menteeId, "MENTEE")));
        assertThat(asMentee.get("state").asString()).isEqualTo("ENDED");
        assertThat(asMentee.get("yourFeedback").isNull()).as("the mentor's words are theirs").isTrue();
        assertThat(asMentee.toString()).doesNotContain("monthly");
        assertThat(harness.http.post("/api/pairings/" + pairingId + "/end", TestTokens.bearer(menteeId, "MENTEE"), "")
                .getStatusCode().value()).isEqualTo(409);

        // the same event replayed, even under a new ce_id, proposes no third mentor and frees nothing twice
        String replayId = harness.events.publish(Topics.PAIRINGS, menteeId, EventTypes.typeOf(PairingEnded.class),
                harness.pairingRecords(menteeId, PairingEnded.class, 1).getFirst().value(), MatchingHarness.id());
        await().atMost(MatchingHarness.WAIT).until(() -> harness.handled("matching.rematch", replayId));
        assertThat(harness.document(Pairing.COLLECTION, Pairing.idFor(menteeId, 3))).isNull();
        assertThat(harness.document("mentors", next).getInteger("reserved")).isEqualTo(1);
        assertThat(harness.document("mentors", mentor).getInteger("reserved")).isZero();
    }

    @Test
    void aMenteeWhoEndsTheMentorshipFreesTheSlotAndChoosesWhenToAskAgain() {
        String mentor = harness.mentor(2, 1);
        harness.mentor(0, 1);
        String menteeId = harness.registerMentee(2);
        String pairingId = acceptedPairing(menteeId, mentor);

        JsonNode ended = Http.json(harness.http.post("/api/pairings/" + pairingId + "/end", TestTokens.bearer(menteeId, "MENTEE"), ""));

        assertThat(ended.get("endedBy").asString()).isEqualTo("MENTEE");
        assertThat(ended.get("progress").asString()).isEqualTo("This mentorship has ended");
        String eventId = TestEvents.header(harness.pairingRecords(menteeId, PairingEnded.class, 1).getFirst(), CloudEventHeaders.ID);
        await().atMost(MatchingHarness.WAIT).until(() -> harness.handled("matching.rematch", eventId));
        assertThat(harness.document("mentors", mentor).getInteger("reserved")).isZero();
        assertThat(harness.document(Pairing.COLLECTION, Pairing.idFor(menteeId, 2))).as("no proposal she did not ask for").isNull();
    }

    private String acceptedPairing(String menteeId, String mentor) {
        JsonNode proposed = harness.proposal(menteeId, 1);
        assertThat(proposed.get("mentorId").asString()).isEqualTo(mentor);
        String pairingId = proposed.get("pairingId").asString();
        assertThat(harness.http.post("/api/pairings/" + pairingId + "/accept", TestTokens.bearer(mentor, "MENTOR"), "")
                .getStatusCode().value()).isEqualTo(200);
        return pairingId;
    }
}
