package org.rematch.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.rematch.contracts.EventTypes;
import org.rematch.contracts.Topics;
import org.rematch.contracts.mentees.MenteeSnapshot;
import org.rematch.contracts.pairings.ForumsRecommended;
import org.rematch.contracts.pairings.PairingAccepted;
import org.rematch.contracts.pairings.PairingDeclined;
import org.rematch.contracts.pairings.PairingProposed;
import org.rematch.contracts.path.Specialty;
import org.rematch.matching.pairing.Pairing;
import org.rematch.testsupport.Http;
import org.rematch.testsupport.RematchServiceTest;
import org.rematch.testsupport.TestTokens;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.JsonNode;

@RematchServiceTest
class PairingLifecycleTest extends MatchingServiceTest {

    @Test
    void aRegisteredMenteeIsProposedToTheBestMentorWithReasonsAndGetsForumsRecommended() {
        harness.onSpecialties(Specialty.DERM, Specialty.DERM, Specialty.OPHTH);
        String best = harness.mentor(2, 3);
        String otherCountry = MatchingHarness.id();
        harness.publishMentor(MatchingHarness.mentorJson(otherCountry, 1, harness.mentorSpecialty, "Z" + harness.country, 2, 3, true));
        harness.awaitStored("mentors", otherCountry, 1);
        String bothTags = MatchingHarness.id();
        String specialtyOnly = MatchingHarness.id();
        String locked = MatchingHarness.id();
        String specialtyTag = "specialty:DERM";
        String countryTag = "country:" + harness.country;
        harness.publishForum(MatchingHarness.forumJson(specialtyOnly, 1, "A DERM", Set.of(specialtyTag), "OPEN"));
        harness.publishForum(MatchingHarness.forumJson(bothTags, 1, "B DERM", Set.of(specialtyTag, countryTag), "OPEN"));
        harness.publishForum(MatchingHarness.forumJson(locked, 1, "C locked", Set.of(specialtyTag, countryTag), "LOCKED"));
        harness.awaitStored("forums", locked, 1);
        harness.awaitStored("forums", bothTags, 1);
        harness.awaitStored("forums", specialtyOnly, 1);

        String menteeId = harness.registerMentee(2);

        JsonNode proposed = harness.pairingEvents(menteeId, PairingProposed.class, 1).getFirst();
        assertThat(proposed.get("mentorId").asString()).isEqualTo(best);
        // specialty 0.30 + country 0.12 + cycles 0.10 + residency 0.08 + both IMGs 0.04; the harness's mentors tell no exams
        assertThat(proposed.get("score").asDouble()).isEqualTo(0.64);
        assertThat(proposed.get("round").asInt()).isEqualTo(1);
        assertThat(proposed.get("menteeDisplayName").asString()).isEqualTo("Mentee " + menteeId.substring(0, 6));
        assertThat(texts(proposed.get("reasons"))).containsExactly(
                "Matched Dermatology, your first choice",
                "Both trained in " + harness.country,
                "Matched Dermatology after 2 unmatched cycles, like your 2 attempts",
                "Made it into residency, where your goal leads",
                "Also an IMG from outside the US");
        assertThat(proposed.get("components")).extracting(part -> part.get("component").asString())
                .containsExactly("SPECIALTY", "COUNTRY", "CYCLES", "US_IMG", "GOAL");
        assertThat(proposed.get("pairingId").asString()).isEqualTo(Pairing.idFor(menteeId, 1));

        JsonNode recommended = harness.pairingEvents(menteeId, ForumsRecommended.class, 1).getFirst();
        JsonNode forums = recommended.get("forums");
        assertThat(forums).hasSize(2);
        assertThat(forums.get(0).get("forumId").asString()).isEqualTo(bothTags);
        assertThat(texts(forums.get(0).get("sharedTags"))).containsExactly(countryTag, specialtyTag);
        assertThat(forums.get(1).get("forumId").asString()).isEqualTo(specialtyOnly);
        assertThat(texts(forums.get(1).get("sharedTags"))).containsExactly(specialtyTag);

        assertThat(harness.document("mentors", best).getInteger("reserved")).isEqualTo(1);
        JsonNode asMentee = Http.json(harness.http.get("/api/pairings", TestTokens.bearer(menteeId, "MENTEE")));
        assertThat(asMentee).hasSize(1);
        assertThat(asMentee.get(0).get("state").asString()).isEqualTo("PROPOSED");
        assertThat(asMentee.get(0).get("mentorId").asString()).isEqualTo(best);
        assertThat(texts(asMentee.get(0).get("reasons"))).hasSize(5);
        assertThat(asMentee.get(0).get("proposedAt").asString()).isNotBlank();
        JsonNode asMentor = Http.json(harness.http.get("/api/pairings", TestTokens.bearer(best, "MENTOR")));
        assertThat(asMentor).extracting(node -> node.get("menteeId").asString()).containsExactly(menteeId);
        assertThat(Http.json(harness.http.get("/api/pairings", TestTokens.bearer(otherCountry, "MENTOR")))).isEmpty();
    }

    @Test
    void aForumRecommendationNamesTheMenteeAndCarriesTheirChoiceOfJoining() {
        String forumId = MatchingHarness.id();
        harness.publishForum(MatchingHarness.forumJson(forumId, 1, "Joining forum", Set.of("country:" + harness.country), "OPEN"));
        harness.awaitStored("forums", forumId, 1);
        String joinsRightAway = MatchingHarness.id();
        String invited = MatchingHarness.id();
        String registeredBeforeTheChoice = MatchingHarness.id();

        harness.publishMentee(MatchingHarness.with(registration(joinsRightAway), "forumJoining", "JOIN_AUTOMATICALLY"));
        harness.publishMentee(registration(invited));
        harness.publishMentee(MatchingHarness.without(registration(registeredBeforeTheChoice), "forumJoining"));

        assertThat(recommendationOf(joinsRightAway).get("joining").asString()).isEqualTo("JOIN_AUTOMATICALLY");
        assertThat(recommendationOf(invited).get("joining").asString()).isEqualTo("INVITE");
        assertThat(recommendationOf(registeredBeforeTheChoice).get("joining").asString()).isEqualTo("INVITE");
    }

    /** A registration on this test's path, invited to forums unless the test changes that. */
    private String registration(String menteeId) {
        return MatchingHarness.menteeJson(menteeId, 1, "REGISTERED", harness.menteeTargets, harness.country, 1, "NONE");
    }

    /** The mentee's one forum recommendation, after checking it names them and recommends this test's forum. */
    private JsonNode recommendationOf(String menteeId) {
        JsonNode recommended = harness.pairingEvents(menteeId, ForumsRecommended.class, 1).getFirst();
        assertThat(recommended.get("menteeId").asString()).isEqualTo(menteeId);
        assertThat(recommended.get("menteeDisplayName").asString()).isEqualTo("Mentee " + menteeId.substring(0, 6));
        assertThat(recommended.get("forums")).extracting(forum -> forum.get("name").asString()).containsExactly("Joining forum");
        return recommended;
    }

    @Test
    void aRedeliveredRegistrationStillProposesExactlyOnce() {
        String mentorId = harness.mentor(2, 5);
        String menteeId = MatchingHarness.id();
        String json = MatchingHarness.menteeJson(menteeId, 1, "REGISTERED", harness.menteeTargets, harness.country, 2, "NONE");
        String type = EventTypes.typeOf(MenteeSnapshot.class);
        String eventId = MatchingHarness.id();

        harness.events.publish(Topics.MENTEES, menteeId, type, json, eventId);
        harness.events.publish(Topics.MENTEES, menteeId, type, json, eventId);
        String sameVersionNewId = harness.publishMentee(json);

        await().atMost(MatchingHarness.WAIT).until(() -> harness.handled("matching.mentees", sameVersionNewId));
        harness.awaitPublished(menteeId);
        assertThat(harness.pairingEvents(menteeId, PairingProposed.class, 1)).hasSize(1);
        assertThat(harness.pairingsOf(menteeId)).hasSize(1);
        Document mentor = harness.document("mentors", mentorId);
        assertThat(mentor.getInteger("reserved")).isEqualTo(1);
        assertThat(mentor.getList("reservations", String.class)).containsExactly(Pairing.idFor(menteeId, 1));
    }

    @Test
    void aDeclineReleasesTheSlotAndProposesTheNextBestMentor() {
        String first = harness.mentor(2, 1);
        String second = harness.mentor(1, 1);
        String menteeId = harness.registerMentee(2);
        String firstPairing = harness.pairingEvents(menteeId, PairingProposed.class, 1).getFirst().get("pairingId").asString();

        ResponseEntity<String> declined = harness.http.post("/api/pairings/" + firstPairing + "/decline",
                TestTokens.bearer(first, "MENTOR"), "{\"reason\": \"Full this month\"}");

        assertThat(declined.getStatusCode().value()).isEqualTo(200);
        assertThat(Http.json(declined).get("state").asString()).isEqualTo("DECLINED");
        JsonNode declinedEvent = harness.pairingEvents(menteeId, PairingDeclined.class, 1).getFirst();
        assertThat(declinedEvent.get("reason").asString()).isEqualTo("Full this month");
        assertThat(declinedEvent.get("mentorId").asString()).isEqualTo(first);
        List<JsonNode> proposals = harness.pairingEvents(menteeId, PairingProposed.class, 2);
        assertThat(proposals).hasSize(2);
        JsonNode next = proposals.get(1);
        assertThat(next.get("mentorId").asString()).isEqualTo(second);
        assertThat(next.get("round").asInt()).isEqualTo(2);
        assertThat(next.get("pairingId").asString()).isEqualTo(Pairing.idFor(menteeId, 2));
        await().atMost(MatchingHarness.WAIT).untilAsserted(() -> {
            assertThat(harness.document("mentors", first).getInteger("reserved")).isZero();
            assertThat(harness.document("mentors", first).getList("reservations", String.class)).isEmpty();
        });
        assertThat(harness.document("mentors", second).getInteger("reserved")).isEqualTo(1);
        assertThat(harness.document("pairings", Pairing.idFor(menteeId, 2)).getList("declinedMentorIds", String.class))
                .containsExactly(first);
        JsonNode mine = Http.json(harness.http.get("/api/pairings", TestTokens.bearer(menteeId, "MENTEE")));
        assertThat(mine).extracting(node -> node.get("round").asInt()).containsExactly(2, 1);
        assertThat(mine.get(1).has("declineReason")).isFalse();
        assertThat(mine.get(1).get("mentorId").isNull()).as("the mentee is not told who declined").isTrue();
        assertThat(mine.get(1).get("mentorDisplayName").isNull()).isTrue();
        assertThat(mine.get(0).get("mentorId").asString()).isEqualTo(second);
        JsonNode declinersView = Http.json(harness.http.get("/api/pairings", TestTokens.bearer(first, "MENTOR")));
        assertThat(declinersView.get(0).get("mentorId").asString()).isEqualTo(first);
    }

    @Test
    void theAddressedMentorAcceptsOnceAndNobodyElseMay() {
        String mentorId = harness.mentor(2, 2);
        String otherMentor = harness.mentor(0, 2);
        String menteeId = harness.registerMentee(2);
        String pairingId = harness.pairingEvents(menteeId, PairingProposed.class, 1).getFirst().get("pairingId").asString();
        String accept = "/api/pairings/" + pairingId + "/accept";

        ResponseEntity<String> byOther = harness.http.post(accept, TestTokens.bearer(otherMentor, "MENTOR"), null);
        ResponseEntity<String> byMentee = harness.http.post(accept, TestTokens.bearer(menteeId, "MENTEE"), null);
        ResponseEntity<String> unknown = harness.http.post("/api/pairings/" + MatchingHarness.id() + "/accept", TestTokens.bearer(mentorId, "MENTOR"), null);
        ResponseEntity<String> noToken = harness.http.post(accept, null, null);
        ResponseEntity<String> accepted = harness.http.post(accept, TestTokens.bearerWithName(mentorId, "Dr. Amara Okafor", "MENTOR"), null);
        ResponseEntity<String> again = harness.http.post(accept, TestTokens.bearer(mentorId, "MENTOR"), null);
        ResponseEntity<String> declineAfter = harness.http.post("/api/pairings/" + pairingId + "/decline", TestTokens.bearer(mentorId, "MENTOR"),
                "{\"reason\": \"changed my mind\"}");

        assertProblem(byOther, 404);
        assertProblem(byMentee, 403);
        assertProblem(unknown, 404);
        assertProblem(noToken, 401);
        assertThat(accepted.getStatusCode().value()).isEqualTo(200);
        assertThat(Http.json(accepted).get("state").asString()).isEqualTo("ACCEPTED");
        assertProblem(again, 409);
        assertProblem(declineAfter, 409);
        JsonNode event = harness.pairingEvents(menteeId, PairingAccepted.class, 1).getFirst();
        assertThat(event.get("pairingId").asString()).isEqualTo(pairingId);
        assertThat(event.get("mentorId").asString()).isEqualTo(mentorId);
        assertThat(event.get("mentorDisplayName").asString()).as("the name in the mentor's token").isEqualTo("Dr. Amara Okafor");
        harness.awaitPublished(menteeId);
        assertThat(harness.pairingEvents(menteeId, PairingAccepted.class, 1)).hasSize(1);
        assertThat(harness.document("mentors", mentorId).getInteger("reserved")).isEqualTo(1);
    }

    @Test
    void aDeclineNeedsAReasonOfAtMost500Characters() {
        String mentorId = harness.mentor(2, 2);
        String menteeId = harness.registerMentee(2);
        String pairingId = harness.pairingEvents(menteeId, PairingProposed.class, 1).getFirst().get("pairingId").asString();
        String decline = "/api/pairings/" + pairingId + "/decline";
        String token = TestTokens.bearer(mentorId, "MENTOR");

        ResponseEntity<String> missing = harness.http.post(decline, token, "{}");
        ResponseEntity<String> blank = harness.http.post(decline, token, "{\"reason\": \"  \"}");
        ResponseEntity<String> tooLong = harness.http.post(decline, token, "{\"reason\": \"" + "x".repeat(501) + "\"}");
        ResponseEntity<String> malformed = harness.http.post(decline, token, "{\"reason\": ");

        for (ResponseEntity<String> response : List.of(missing, blank, tooLong)) {
            assertProblem(response, 400);
            assertThat(response.getBody()).as(response.getBody()).contains("\"field\":\"reason\"");
        }
        assertProblem(malformed, 400);
        assertThat(harness.document("pairings", pairingId).getString("state")).isEqualTo("PROPOSED");
    }

    @Test
    void listingPairingsNeedsAToken() {
        assertProblem(harness.http.get("/api/pairings", null), 401);
        assertProblem(harness.http.get("/api/pairings", "Bearer not-a-token"), 401);
    }

    @Test
    void aMenteeWithNoFittingMentorWaitsUntilOneWithCapacityIsListed() {
        String full = harness.mentor(2, 1);
        String firstMentee = harness.registerMentee(2);
        harness.pairingEvents(firstMentee, PairingProposed.class, 1);

        String waiting = harness.registerMentee(2);
        await().atMost(MatchingHarness.WAIT).until(() -> "SEEKING".equals(harness.document("mentees", waiting).getString("matchingState")));
        assertThat(harness.pairingsOf(waiting)).isEmpty();

        String newcomer = harness.mentor(3, 1);

        JsonNode proposed = harness.pairingEvents(waiting, PairingProposed.class, 1).getFirst();
        assertThat(proposed.get("mentorId").asString()).isEqualTo(newcomer);
        await().atMost(MatchingHarness.WAIT).until(() -> harness.document("mentees", waiting).get("matchingState") == null);
        assertThat(harness.document("mentors", full).getInteger("reserved")).isEqualTo(1);
    }

    @Test
    void aClosedMentorOrOnePausedUntilAfterTodayGetsNoProposalAndOneWhosePauseHasPassedDoes() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String closed = MatchingHarness.id();
        String pausedForAMonth = MatchingHarness.id();
        harness.publishMentor(MatchingHarness.mentorJson(closed, 1, harness.mentorSpecialty, harness.country, 2, 3, false));
        harness.publishMentor(MatchingHarness.with(MatchingHarness.mentorJson(pausedForAMonth, 1, harness.mentorSpecialty, harness.country,
                2, 3, false), "pausedUntil", today.plusMonths(1).toString()));
        harness.awaitStored("mentors", closed, 1);
        harness.awaitStored("mentors", pausedForAMonth, 1);

        String menteeId = harness.registerMentee(2);
        await().atMost(MatchingHarness.WAIT).until(() -> "SEEKING".equals(harness.document("mentees", menteeId).getString("matchingState")));
        assertThat(harness.pairingsOf(menteeId)).isEmpty();

        // the listing still says not accepting, but its pause ended a month ago
        String back = MatchingHarness.id();
        harness.publishMentor(MatchingHarness.with(MatchingHarness.mentorJson(back, 1, harness.mentorSpecialty, harness.country, 1, 3, false),
                "pausedUntil", today.minusMonths(1).toString()));

        JsonNode proposed = harness.pairingEvents(menteeId, PairingProposed.class, 1).getFirst();
        assertThat(proposed.get("mentorId").asString()).isEqualTo(back);
        assertThat(harness.document("mentors", back).getString("pausedUntil")).isEqualTo(today.minusMonths(1).toString());
        assertThat(harness.document("mentors", pausedForAMonth).getInteger("reserved")).isZero();
        assertThat(harness.document("mentors", closed).getInteger("reserved")).isZero();
    }

    static void assertProblem(ResponseEntity<String> response, int status) {
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(status);
        assertThat(response.getHeaders().getContentType()).isNotNull();
        assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).as(response.getBody()).isTrue();
    }

    static List<String> texts(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asString).toList();
    }
}
