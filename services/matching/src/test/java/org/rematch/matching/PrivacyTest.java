package org.rematch.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.rematch.matching.PairingLifecycleTest.texts;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rematch.contracts.EventTypes;
import org.rematch.contracts.Topics;
import org.rematch.contracts.accounts.AccountSnapshot;
import org.rematch.contracts.pairings.ForumsRecommended;
import org.rematch.contracts.pairings.PairingProposed;
import org.rematch.matching.pairing.Pairing;
import org.rematch.testsupport.StoredDocuments;
import org.rematch.testsupport.Http;
import org.rematch.testsupport.RematchServiceTest;
import org.rematch.testsupport.TestTokens;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.JsonNode;

/** Account erasure (a tombstone on profiles.accounts) and the personal-data export. */
@RematchServiceTest
class PrivacyTest extends MatchingServiceTest {

    private static final String ERASURE = "matching.account-erasure";

    @Test
    void anErasedMentorLeavesNoTraceAndTheirOpenMenteesAreProposedSomeoneElse() {
        String erased = harness.mentor(2, 3);
        String next = harness.mentor(1, 5);
        // declined by the erased mentor, now with the next one
        String declinedBefore = harness.registerMentee(2);
        String declinedPairing = pairingOf(declinedBefore, 1);
        decline(declinedPairing, erased);
        await().atMost(MatchingHarness.WAIT).until(() -> harness.document("pairings", Pairing.idFor(declinedBefore, 2)) != null);
        // accepted by the erased mentor
        String accepted = harness.registerMentee(2);
        String acceptedPairing = pairingOf(accepted, 1);
        assertThat(harness.http.post("/api/pairings/" + acceptedPairing + "/accept", TestTokens.bearer(erased, "MENTOR"), null)
                .getStatusCode().value()).isEqualTo(200);
        // proposed to the erased mentor, undecided
        String proposed = harness.registerMentee(2);
        assertThat(harness.document("pairings", pairingOf(proposed, 1)).getString("mentorId")).isEqualTo(erased);
        assertThat(harness.document(Pairing.COLLECTION, Pairing.idFor(declinedBefore, 2)).getList("declinedMentorIds", String.class))
                .containsExactly(erased);
        harness.awaitPublished(accepted);

        assertThat(harness.http.put("/api/match/conflicts/" + erased, TestTokens.bearer(declinedBefore, "MENTEE"), null)
                .getStatusCode().value()).as("a flag naming the mentor goes with them").isEqualTo(204);

        String eventId = harness.events.tombstone(Topics.ACCOUNTS, erased, AccountSnapshot.class);

        for (String mentee : List.of(accepted, proposed)) {
            JsonNode again = harness.pairingEvents(mentee, PairingProposed.class, 2).get(1);
            assertThat(again.get("mentorId").asString()).as("not stranded").isEqualTo(next);
            assertThat(again.get("round").asInt()).isEqualTo(2);
        }
        await().atMost(MatchingHarness.WAIT).until(() -> harness.handled(ERASURE, eventId));
        assertThat(StoredDocuments.mentioning(mongo, erased)).isEmpty();
        assertThat(harness.pairingsOf(declinedBefore)).extracting(pairing -> pairing.getInteger("round")).containsExactly(2);
        assertThat(harness.document("mentors", next).getInteger("reserved")).isEqualTo(3);

        harness.events.publish(Topics.ACCOUNTS, erased, EventTypes.typeOf(AccountSnapshot.class), null, eventId);
        String redelivered = harness.events.tombstone(Topics.ACCOUNTS, erased, AccountSnapshot.class);
        await().atMost(MatchingHarness.WAIT).until(() -> harness.handled(ERASURE, redelivered));
        assertThat(StoredDocuments.mentioning(mongo, erased)).isEmpty();
        for (String mentee : List.of(declinedBefore, accepted, proposed)) {
            assertThat(harness.pairingsOf(mentee)).as("nothing proposed twice").hasSize(1);
        }
        assertThat(harness.document("mentors", next).getInteger("reserved")).isEqualTo(3);
        assertThat(Http.json(harness.http.get("/api/pairings", TestTokens.bearer(erased, "MENTOR")))).isEmpty();
    }

    @Test
    void anErasedMenteeLeavesNoTraceAndTheirSlotIsGivenBack() {
        String mentorId = harness.mentor(2, 1);
        String forumId = MatchingHarness.id();
        harness.publishForum(MatchingHarness.forumJson(forumId, 1, "Erasure forum", Set.of("country:" + harness.country), "OPEN"));
        harness.awaitStored("forums", forumId, 1);
        String erased = harness.registerMentee(2);
        harness.pairingEvents(erased, ForumsRecommended.class, 1);
        pairingOf(erased, 1);
        String waiting = harness.registerMentee(2);
        await().atMost(MatchingHarness.WAIT).until(() -> "SEEKING".equals(harness.document("mentees", waiting).getString("matchingState")));
        assertThat(StoredDocuments.mentioning(mongo, erased)).isNotEmpty();

        String eventId = harness.events.tombstone(Topics.ACCOUNTS, erased, AccountSnapshot.class);

        await().atMost(MatchingHarness.WAIT).until(() -> harness.handled(ERASURE, eventId));
        assertThat(StoredDocuments.mentioning(mongo, erased)).isEmpty();
        JsonNode freedSlot = harness.pairingEvents(waiting, PairingProposed.class, 1).getFirst();
        assertThat(freedSlot.get("mentorId").asString()).as("the freed slot goes to the waiting mentee").isEqualTo(mentorId);

        harness.events.publish(Topics.ACCOUNTS, erased, EventTypes.typeOf(AccountSnapshot.class), null, MatchingHarness.id());
        String marker = harness.events.tombstone(Topics.ACCOUNTS, MatchingHarness.id(), AccountSnapshot.class);
        await().atMost(MatchingHarness.WAIT).until(() -> harness.handled(ERASURE, marker));
        assertThat(StoredDocuments.mentioning(mongo, erased)).isEmpty();
        assertThat(harness.document("mentors", mentorId).getInteger("reserved")).isEqualTo(1);
        assertThat(harness.pairingsOf(waiting)).hasSize(1);
    }

    @Test
    void personalDataIsThePairingsAsTheCallerSeesThemAndWhatTheReadModelsHold() {
        String mentorId = harness.mentor(2, 2);
        String forumId = MatchingHarness.id();
        harness.publishForum(MatchingHarness.forumJson(forumId, 1, "Export forum", Set.of("country:" + harness.country), "OPEN"));
        harness.awaitStored("forums", forumId, 1);
        String menteeId = harness.registerMentee(4, "J1", List.of());
        String pairingId = pairingOf(menteeId, 1);
        String flagged = harness.mentor(9, 1);
        assertThat(harness.http.put("/api/match/conflicts/" + flagged, TestTokens.bearer(menteeId, "MENTEE"), null)
                .getStatusCode().value()).isEqualTo(204);
        harness.pairingEvents(menteeId, ForumsRecommended.class, 1);

        JsonNode mentee = export(menteeId, "MENTEE");
        assertThat(mentee.get("service").asString()).isEqualTo("matching");
        assertThat(mentee.get("accountId").asString()).isEqualTo(menteeId);
        JsonNode menteeData = mentee.get("data");
        assertThat(menteeData.get("pairings")).singleElement().satisfies(pairing -> {
            assertThat(pairing.get("id").asString()).isEqualTo(pairingId);
            assertThat(pairing.get("menteePath").get("visaNeed").asString()).isEqualTo("J1");
            assertThat(pairing.get("menteePath").get("matchAttempts").asInt()).isEqualTo(4);
        });
        assertThat(menteeData.get("mentee").get("visaNeed").asString()).isEqualTo("J1");
        assertThat(texts(menteeData.get("mentee").get("targetSpecialties"))).isEqualTo(harness.menteeTargets);
        assertThat(texts(menteeData.get("pairings").get(0).get("menteePath").get("targetSpecialties"))).isEqualTo(harness.menteeTargets);
        assertThat(menteeData.get("mentee").get("sharedWithMentors")).isEmpty();
        assertThat(menteeData.get("mentee").get("forumJoining").asString()).isEqualTo("INVITE");
        assertThat(menteeData.get("mentee").get("exams").get("step2ckScore").asInt()).isEqualTo(238);
        assertThat(menteeData.get("mentee").get("conflicts")).singleElement()
                .satisfies(conflict -> assertThat(conflict.get("mentorId").asString()).isEqualTo(flagged));
        assertThat(menteeData.get("mentor").isNull()).isTrue();
        assertThat(menteeData.get("forumRecommendations")).singleElement()
                .satisfies(recommendation -> assertThat(recommendation.get("forums").get(0).get("forumId").asString()).isEqualTo(forumId));

        JsonNode mentor = export(mentorId, "MENTOR");
        JsonNode mentorData = mentor.get("data");
        assertThat(mentorData.get("pairings")).singleElement().satisfies(pairing -> {
            assertThat(pairing.get("menteePath").has("visaNeed")).isFalse();
            assertThat(pairing.get("menteePath").has("matchAttempts")).isFalse();
        });
        assertThat(mentorData.get("mentor").get("slotsTaken").asInt()).isEqualTo(1);
        assertThat(mentorData.get("mentor").get("matchedSpecialty").asString()).isEqualTo(harness.mentorSpecialty);
        assertThat(texts(mentorData.get("mentor").get("languages"))).containsExactly("en");
        assertThat(mentorData.get("mentor").has("reservations")).as("which pairings hold the slots is other people's").isFalse();
        assertThat(mentorData.get("mentee").isNull()).isTrue();
        assertThat(mentor.toString()).doesNotContain("J1");
        assertThat(export(flagged, "MENTOR").toString()).as("a flag is the mentee's business").doesNotContain(menteeId);

        JsonNode stranger = export(MatchingHarness.id(), "MENTEE").get("data");
        assertThat(stranger.get("pairings")).isEmpty();
        assertThat(stranger.get("mentee").isNull()).isTrue();
        assertThat(harness.http.get("/api/personal-data", null).getStatusCode().value()).isEqualTo(401);
    }

    private JsonNode export(String accountId, String role) {
        ResponseEntity<String> response = harness.http.get("/api/personal-data", TestTokens.bearer(accountId, role));
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(200);
        return Http.json(response);
    }

    private String pairingOf(String menteeId, int round) {
        return harness.pairingEvents(menteeId, PairingProposed.class, round).get(round - 1).get("pairingId").asString();
    }

    private void decline(String pairingId, String mentorId) {
        assertThat(harness.http.post("/api/pairings/" + pairingId + "/decline", TestTokens.bearer(mentorId, "MENTOR"),
                "{\"reason\":\"Full\"}").getStatusCode().value()).isEqualTo(200);
    }
}
