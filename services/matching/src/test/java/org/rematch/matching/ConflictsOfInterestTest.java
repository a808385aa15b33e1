package org.rematch.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rematch.contracts.pairings.PairingProposed;
import org.rematch.contracts.pairings.PairingWithdrawn;
import org.rematch.matching.pairing.Pairing;
import org.rematch.testsupport.Http;
import org.rematch.testsupport.RematchServiceTest;
import org.rematch.testsupport.TestTokens;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.JsonNode;

/** A mentee flags a conflict of interest with a mentor: the two are never paired, and a waiting proposal goes. */
@RematchServiceTest
class ConflictsOfInterestTest extends MatchingServiceTest {

    @Test
    void flaggingTheProposedMentorWithdrawsTheProposalAndTheNextMentorIsProposedNeverTheFlaggedOne() {
        String best = harness.mentor(2, 3);
        String next = harness.mentor(1, 3);
        String menteeId = harness.registerMentee(2);
        assertThat(harness.proposal(menteeId, 1).get("mentorId").asString()).isEqualTo(best);

        assertThat(flag(menteeId, best).getStatusCode().value()).isEqualTo(204);
        assertThat(flag(menteeId, best).getStatusCode().value()).as("flagging again changes nothing").isEqualTo(204);

        JsonNode withdrawn = harness.pairingEvents(menteeId, PairingWithdrawn.class, 1).getFirst();
        assertThat(withdrawn.get("pairingId").asString()).isEqualTo(Pairing.idFor(menteeId, 1));
        assertThat(withdrawn.get("reason").asString()).isEqualTo("CONFLICT_OF_INTEREST");
        assertThat(harness.proposal(menteeId, 2).get("mentorId").asString()).isEqualTo(next);
        assertThat(harness.pairingEvents(menteeId, PairingWithdrawn.class, 1)).as("withdrawn once").hasSize(1);
        assertThat(harness.document("mentors", best).getInteger("reserved")).as("the slot is given back").isZero();

        JsonNode flags = Http.json(harness.http.get("/api/match/conflicts", mentee(menteeId))).get("conflicts");
        assertThat(flags).singleElement().satisfies(flagged -> {
            assertThat(flagged.get("mentorId").asString()).isEqualTo(best);
            assertThat(flagged.get("displayName").asString()).isEqualTo("Dr. " + best.substring(0, 6));
            assertThat(flagged.get("flaggedAt").asString()).isNotBlank();
        });
        assertThat(harness.pairingEvents(menteeId, PairingProposed.class, 2)).extracting(event -> event.get("mentorId").asString())
                .containsExactly(best, next);
    }

    @Test
    void aFlaggedMentorIsNeitherSuggestedNorAskableUntilTheFlagIsTakenBack() {
        String country = "Z" + MatchingHarness.id().substring(0, 8);
        String mentorId = MatchingHarness.id();
        harness.publishMentor(MatchingHarness.mentorJson(mentorId, 1, MatchingHarness.NOBODYS_TARGET, country, 2, 3, true));
        harness.awaitStored("mentors", mentorId, 1);
        String menteeId = pausedMentee(country);
        assertThat(suggestedTo(menteeId)).first().isEqualTo(mentorId);

        flag(menteeId, mentorId);

        assertThat(suggestedTo(menteeId)).doesNotContain(mentorId);
        ResponseEntity<String> asked = harness.http.post("/api/pairings/requests", mentee(menteeId), "{\"mentorId\": \"" + mentorId + "\"}");
        assertProblem(asked, 409, "conflict of interest");
        assertThat(harness.pairingsOf(menteeId)).isEmpty();
        assertThat(Http.json(asked).get("reason").asString()).isEqualTo("CONFLICT_FLAGGED");

        assertThat(harness.http.delete("/api/match/conflicts/" + mentorId, mentee(menteeId)).getStatusCode().value()).isEqualTo(204);
        assertThat(harness.http.delete("/api/match/conflicts/" + mentorId, mentee(menteeId)).getStatusCode().value()).isEqualTo(204);

        assertThat(suggestedTo(menteeId)).first().isEqualTo(mentorId);
        assertThat(Http.json(harness.http.get("/api/match/conflicts", mentee(menteeId))).get("conflicts")).isEmpty();
    }

    @Test
    void anUnknownMentorIs404AndAMenteeMatchingHasNoProfileOfIs409() {
        String menteeId = harness.registerMentee(2);
        harness.awaitStored("mentees", menteeId, 1);

        assertProblem(flag(menteeId, MatchingHarness.id()), 404, "no mentor");
        assertProblem(flag(MatchingHarness.id(), harness.mentor(2, 1)), 409, "no mentee profile");
        assertThat(harness.document("mentees", menteeId).getList("conflicts", Object.class)).isNullOrEmpty();
    }

    /**
     * A mentee from {@code country} who paused their search, so nothing is proposed to them automatically while they
     * look at their suggestions.
     */
    private String pausedMentee(String country) {
        String menteeId = MatchingHarness.id();
        harness.publishMentee(MatchingHarness.with(MatchingHarness.menteeJson(menteeId, 1, "REGISTERED",
                List.of(MatchingHarness.NO_MENTORS_SPECIALTY), country, 2, "NONE"), "status", "PAUSED"));
        harness.awaitStored("mentees", menteeId, 1);
        return menteeId;
    }

    private static void assertProblem(ResponseEntity<String> response, int status, String saying) {
        PairingLifecycleTest.assertProblem(response, status);
        assertThat(Http.json(response).get("detail").asString()).containsIgnoringCase(saying);
    }

    private List<String> suggestedTo(String menteeId) {
        return Http.json(harness.http.get("/api/match/suggestions?limit=100", mentee(menteeId))).get("suggestions").findValuesAsString("mentorId");
    }

    private ResponseEntity<String> flag(String menteeId, String mentorId) {
        return harness.http.put("/api/match/conflicts/" + mentorId, mentee(menteeId), null);
    }

    private static String mentee(String menteeId) {
        return TestTokens.bearer(menteeId, "MENTEE");
    }
}
