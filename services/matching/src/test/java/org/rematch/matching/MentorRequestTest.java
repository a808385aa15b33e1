package org.rematch.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.rematch.matching.PairingLifecycleTest.assertProblem;
import static org.rematch.matching.PairingLifecycleTest.texts;
import static org.rematch.testsupport.FixtureShape.assertSameShape;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.rematch.contracts.CloudEventHeaders;
import org.rematch.contracts.EventTypes;
import org.rematch.contracts.Topics;
import org.rematch.contracts.pairings.PairingDeclined;
import org.rematch.contracts.pairings.PairingProposed;
import org.rematch.matching.pairing.Pairing;
import org.rematch.matching.proposal.Proposer;
import org.rematch.matching.scoring.Words;
import org.rematch.testsupport.Http;
import org.rematch.testsupport.RematchServiceTest;
import org.rematch.testsupport.TestEvents;
import org.rematch.testsupport.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * POST /api/pairings/requests over real HTTP and Kafka. The requested mentors are off the mentee's path (another
 * country, a specialty the mentee does not target), so no automatic proposal can pick them: whatever pairs the two
 * is the request.
 */
@RematchServiceTest
class MentorRequestTest extends MatchingServiceTest {

    private static final String REQUESTS = "/api/pairings/requests";

    @Autowired
    Proposer proposer;

    private static final String CYCLES_REASON = "Matched " + Words.specialty(MatchingHarness.NOBODYS_TARGET) + " after 2 unmatched cycles, like your 2 attempts";
    private static final String RESIDENCY = "Made it into residency, where your goal leads";
    private static final String BOTH_IMGS = "Also an IMG from outside the US";

    @Test
    void aWaitingMenteeAsksAMentorOffTheirPathAndTheMentorIsToldWithTheMessage() {
        String mentorId = offPathMentor(2, 3, true);
        String menteeId = waitingMentee(List.of("MATCH_ATTEMPTS"));

        ResponseEntity<String> response = request(menteeId, body(mentorId, "  I read your journey: could you look at my statement?  "));

        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(201);
        JsonNode pairing = Http.json(response);
        String pairingId = Pairing.idFor(menteeId, 1);
        assertThat(response.getHeaders().getLocation()).hasToString("/api/pairings/" + pairingId);
        assertThat(pairing.get("id").asString()).isEqualTo(pairingId);
        assertThat(pairing.get("state").asString()).isEqualTo("PROPOSED");
        assertThat(pairing.get("mentorId").asString()).isEqualTo(mentorId);
        assertThat(pairing.get("origin").asString()).isEqualTo("MENTEE_REQUEST");
        assertThat(pairing.get("menteeMessage").asString()).isEqualTo("I read your journey: could you look at my statement?");
        assertThat(texts(pairing.get("reasons"))).containsExactly(CYCLES_REASON, RESIDENCY, BOTH_IMGS);
        assertThat(pairing.get("score").asDouble()).isEqualTo(0.22);

        JsonNode event = harness.pairingEvents(menteeId, PairingProposed.class, 1).getFirst();
        assertSameShape(event, PairingProposed.class);
        assertThat(event.get("pairingId").asString()).isEqualTo(pairingId);
        assertThat(event.get("mentorId").asString()).isEqualTo(mentorId);
        assertThat(event.get("origin").asString()).isEqualTo("MENTEE_REQUEST");
        assertThat(event.get("menteeMessage").asString()).isEqualTo("I read your journey: could you look at my statement?");
        assertThat(event.get("round").asInt()).isEqualTo(1);
        assertThat(texts(event.get("reasons"))).containsExactly(CYCLES_REASON, RESIDENCY, BOTH_IMGS);
        assertThat(harness.document("mentors", mentorId).getList("reservations", String.class)).containsExactly(pairingId);
        assertThat(harness.document("mentees", menteeId).get("matchingState")).as("no longer waiting").isNull();
        JsonNode asMentor = Http.json(harness.http.get("/api/pairings/" + pairingId, TestTokens.bearer(mentorId, "MENTOR")));
        assertThat(asMentor.get("menteeMessage").asString()).startsWith("I read your journey");
        assertThat(asMentor.get("origin").asString()).isEqualTo("MENTEE_REQUEST");
    }

    @Test
    void theMentorIsShownOnlyWhatTheMenteeSharesAndAMessageIsOptional() {
        String mentorId = offPathMentor(2, 3, true);
        String menteeId = waitingMentee(List.of());

        ResponseEntity<String> response = request(menteeId, "{\"mentorId\": \"" + mentorId + "\"}");

        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(201);
        assertThat(Http.json(response).get("score").asDouble()).as("the mentee sees the full score").isEqualTo(0.22);
        JsonNode event = harness.pairingEvents(menteeId, PairingProposed.class, 1).getFirst();
        assertThat(texts(event.get("reasons"))).as("the cycles reason rests on the attempts, which are not shared")
                .containsExactly(RESIDENCY, BOTH_IMGS);
        assertThat(event.get("score").asDouble()).isEqualTo(0.12);
        assertThat(event.get("menteeMessage").isNull()).isTrue();
        JsonNode asMentor = Http.json(harness.http.get("/api/pairings/" + Pairing.idFor(menteeId, 1), TestTokens.bearer(mentorId, "MENTOR")));
        assertThat(texts(asMentor.get("reasons"))).containsExactly(RESIDENCY, BOTH_IMGS);
        assertThat(asMentor.get("menteePath").has("matchAttempts")).isFalse();
    }

    @Test
    void eachRuleRefusesWithItsReason() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String open = offPathMentor(1, 1, true);
        String closed = offPathMentor(1, 3, false);
        String paused = MatchingHarness.id();
        harness.publishMentor(MatchingHarness.with(MatchingHarness.mentorJson(paused, 1, harness.mentorSpecialty, "P" + harness.country,
                1, 3, false), "pausedUntil", today.plusDays(10).toString()));
        harness.awaitStored("mentors", paused, 1);
        String menteeId = waitingMentee(List.of());
        String pausedMentee = MatchingHarness.id();
        harness.publishMentee(MatchingHarness.with(MatchingHarness.menteeJson(pausedMentee, 1, "REGISTERED", harness.menteeTargets,
                harness.country, 2, "NONE"), "status", "PAUSED"));
        harness.awaitStored("mentees", pausedMentee, 1);

        assertRefused(request(menteeId, body(MatchingHarness.id(), null)), 404, "MENTOR_UNKNOWN");
        assertRefused(request(MatchingHarness.id(), body(open, null)), 409, "NO_PROFILE");
        assertRefused(request(pausedMentee, body(open, null)), 409, "NOT_SEEKING");
        assertRefused(request(menteeId, body(closed, null)), 409, "MENTOR_NOT_ACCEPTING");
        JsonNode pausedProblem = assertRefused(request(menteeId, body(paused, null)), 409, "MENTOR_PAUSED");
        assertThat(pausedProblem.get("detail").asString()).contains(today.plusDays(10).toString());

        String otherMentee = waitingMentee(List.of());
        assertThat(request(otherMentee, body(open, null)).getStatusCode().value()).isEqualTo(201);
        assertRefused(request(menteeId, body(open, null)), 409, "MENTOR_AT_CAPACITY");

        String another = offPathMentor(1, 3, true);
        assertRefused(request(otherMentee, body(another, null)), 409, "ALREADY_PAIRED");
        assertThat(harness.pairingsOf(menteeId)).isEmpty();
        assertThat(harness.pairingsOf(pausedMentee)).isEmpty();
        assertThat(harness.document("mentors", another).getInteger("reserved")).isZero();
        assertThat(harness.document("mentors", closed).getInteger("reserved")).isZero();
    }

    @Test
    void aRequestedPairingDeclinedIsReMatchedAutomaticallyOnceAndTheDeclinerCannotBeAskedAgain() {
        String asked = offPathMentor(2, 3, true);
        String menteeId = waitingMentee(List.of());
        assertThat(request(menteeId, body(asked, "Hello")).getStatusCode().value()).isEqualTo(201);

        // a mentor on the mentee's path appears: the requested pairing is the mentee's current one, so no automatic proposal
        String onPath = harness.mentor(2, 3);
        proposer.retryWaiting();
        assertThat(proposer.proposeNextRound(menteeId)).isEqualTo(Proposer.Outcome.ALREADY_PROPOSED);
        assertThat(harness.pairingsOf(menteeId)).hasSize(1);
        assertThat(harness.document("mentors", onPath).getInteger("reserved")).isZero();

        ResponseEntity<String> declined = harness.http.post("/api/pairings/" + Pairing.idFor(menteeId, 1) + "/decline",
                TestTokens.bearer(asked, "MENTOR"), "{\"reason\": \"Not my field\"}");
        assertThat(declined.getStatusCode().value()).isEqualTo(200);

        List<JsonNode> proposals = harness.pairingEvents(menteeId, PairingProposed.class, 2);
        assertThat(proposals.get(1).get("mentorId").asString()).isEqualTo(onPath);
        assertThat(proposals.get(1).get("origin").asString()).isEqualTo("MATCHING");
        assertThat(proposals.get(1).get("menteeMessage").isNull()).isTrue();
        assertThat(proposals.get(1).get("round").asInt()).isEqualTo(2);

        // the PairingDeclined redelivered (same event id) and replayed (new id): still one re-match, one slot
        ConsumerRecord<String, String> declinedRecord = await().atMost(MatchingHarness.WAIT).until(() -> harness.events.read(Topics.PAIRINGS,
                record -> menteeId.equals(record.key())
                        && EventTypes.typeOf(PairingDeclined.class).equals(TestEvents.header(record, CloudEventHeaders.TYPE)),
                Duration.ofSeconds(3)), found -> !found.isEmpty()).getFirst();
        String type = EventTypes.typeOf(PairingDeclined.class);
        harness.events.publish(Topics.PAIRINGS, menteeId, type, declinedRecord.value(), TestEvents.header(declinedRecord, CloudEventHeaders.ID));
        String replayed = harness.events.publish(Topics.PAIRINGS, menteeId, type, declinedRecord.value(), MatchingHarness.id());
        await().atMost(MatchingHarness.WAIT).until(() -> harness.handled("matching.rematch", replayed));
        assertThat(harness.pairingsOf(menteeId)).hasSize(2);
        assertThat(harness.document("mentors", onPath).getInteger("reserved")).isEqualTo(1);
        assertThat(harness.document("mentors", asked).getInteger("reserved")).isZero();

        assertRefused(request(menteeId, body(asked, null)), 409, "ALREADY_PAIRED");
        harness.http.post("/api/pairings/" + Pairing.idFor(menteeId, 2) + "/decline", TestTokens.bearer(onPath, "MENTOR"),
                "{\"reason\": \"Full\"}");
        await().atMost(MatchingHarness.WAIT).until(() -> "SEEKING".equals(harness.document("mentees", menteeId).getString("matchingState")));
        // answered like a full mentor: a mentee is never told which mentor declined them
        assertRefused(request(menteeId, body(asked, null)), 409, "MENTOR_AT_CAPACITY");
    }

    @Test
    void twoMenteesAskingForTheLastSlotAtOnceGetItOnceAndTheOtherIsToldTheMentorIsFull() throws Exception {
        String mentorId = offPathMentor(1, 1, true);
        String first = waitingMentee(List.of());
        String second = waitingMentee(List.of());

        List<ResponseEntity<String>> responses = MatchingHarness.inParallel(List.of(
                () -> request(first, body(mentorId, null)), () -> request(second, body(mentorId, null))));

        assertThat(responses).extracting(response -> response.getStatusCode().value()).containsExactlyInAnyOrder(201, 409);
        ResponseEntity<String> refused = responses.stream().filter(response -> response.getStatusCode().value() == 409).findFirst().orElseThrow();
        assertRefused(refused, 409, "MENTOR_AT_CAPACITY");
        assertThat(harness.document("mentors", mentorId).getInteger("reserved")).isEqualTo(1);
        assertThat(harness.document("mentors", mentorId).getList("reservations", String.class)).hasSize(1);
        assertThat(harness.pairingsOf(first).size() + harness.pairingsOf(second).size()).isEqualTo(1);
    }

    @Test
    void aRetriedRequestAnswersTheSamePairingAndProposesOnce() throws Exception {
        String mentorId = offPathMentor(1, 3, true);
        String menteeId = waitingMentee(List.of());

        List<ResponseEntity<String>> atOnce = MatchingHarness.inParallel(List.of(
                () -> request(menteeId, body(mentorId, "Hi")), () -> request(menteeId, body(mentorId, "Hi"))));
        ResponseEntity<String> later = request(menteeId, body(mentorId, "Hi"));

        assertThat(atOnce).extracting(response -> response.getStatusCode().value()).containsExactlyInAnyOrder(201, 200);
        assertThat(later.getStatusCode().value()).isEqualTo(200);
        String pairingId = Pairing.idFor(menteeId, 1);
        assertThat(List.of(atOnce.get(0), atOnce.get(1), later)).allSatisfy(response -> {
            assertThat(Http.json(response).get("id").asString()).isEqualTo(pairingId);
            assertThat(response.getHeaders().getLocation()).hasToString("/api/pairings/" + pairingId);
        });
        harness.awaitPublished(menteeId);
        assertThat(harness.pairingEvents(menteeId, PairingProposed.class, 1)).hasSize(1);
        assertThat(harness.pairingsOf(menteeId)).hasSize(1);
        assertThat(harness.document("mentors", mentorId).getList("reservations", String.class)).containsExactly(pairingId);
    }

    @Test
    void onlyAMenteeWithAValidBodyMayAsk() {
        String mentorId = offPathMentor(1, 3, true);
        String menteeId = waitingMentee(List.of());

        assertProblem(harness.http.post(REQUESTS, null, body(mentorId, null)), 401);
        assertProblem(harness.http.post(REQUESTS, TestTokens.bearer(MatchingHarness.id(), "MENTOR"), body(mentorId, null)), 403);
        assertProblem(harness.http.post(REQUESTS, TestTokens.bearer(MatchingHarness.id(), "ADMIN"), body(mentorId, null)), 403);
        for (String bad : List.of("{}", "{\"mentorId\": \"  \"}", body(mentorId, "x".repeat(501)))) {
            ResponseEntity<String> response = request(menteeId, bad);
            assertProblem(response, 400);
            assertThat(response.getBody()).contains(bad.contains("xxx") ? "\"field\":\"message\"" : "\"field\":\"mentorId\"");
        }
        assertProblem(request(menteeId, "{\"mentorId\": "), 400);
        assertThat(harness.pairingsOf(menteeId)).isEmpty();

        ResponseEntity<String> trimmedTo500 = request(menteeId, body(mentorId, "  " + "y".repeat(500) + "  "));
        assertThat(trimmedTo500.getStatusCode().value()).as(trimmedTo500.getBody()).isEqualTo(201);
        assertThat(Http.json(trimmedTo500).get("menteeMessage").asString()).hasSize(500);
    }

    // --- helpers ---

    /** A mentor nobody's path leads to: a country of its own and the specialty no mentee targets. */
    private String offPathMentor(int cycles, int capacity, boolean accepting) {
        String mentorId = MatchingHarness.id();
        harness.publishMentor(MatchingHarness.mentorJson(mentorId, 1, MatchingHarness.NOBODYS_TARGET, "X" + MatchingHarness.id().substring(0, 8),
                cycles, capacity, accepting));
        harness.awaitStored("mentors", mentorId, 1);
        return mentorId;
    }

    /** A registered mentee with 2 attempts, waiting for an automatic match (no mentor is on their path yet). */
    private String waitingMentee(List<String> sharedWithMentors) {
        String menteeId = harness.registerMentee(2, "NONE", sharedWithMentors);
        await().atMost(MatchingHarness.WAIT).until(() -> harness.document("mentees", menteeId) != null
                && "SEEKING".equals(harness.document("mentees", menteeId).getString("matchingState")));
        return menteeId;
    }

    private ResponseEntity<String> request(String menteeId, String body) {
        return harness.http.post(REQUESTS, TestTokens.bearer(menteeId, "MENTEE"), body);
    }

    private static String body(String mentorId, String message) {
        ObjectNode node = MatchingHarness.JSON.createObjectNode().put("mentorId", mentorId);
        if (message != null) {
            node.put("message", message);
        }
        return MatchingHarness.JSON.writeValueAsString(node);
    }

    private static JsonNode assertRefused(ResponseEntity<String> response, int status, String reason) {
        JsonNode problem = Http.problem(response, status);
        assertThat(problem.get("reason").asString()).as(response.getBody()).isEqualTo(reason);
        assertThat(problem.get("detail").asString()).isNotBlank();
        return problem;
    }
}
