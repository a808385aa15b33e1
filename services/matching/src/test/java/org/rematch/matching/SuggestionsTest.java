package org.rematch.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rematch.matching.PairingLifecycleTest.texts;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rematch.contracts.pairings.PairingProposed;
import org.rematch.matching.scoring.Words;
import org.rematch.testsupport.Http;
import org.rematch.testsupport.RematchServiceTest;
import org.rematch.testsupport.TestTokens;
import tools.jackson.databind.JsonNode;

/** GET /api/match/suggestions: the mentors a mentee could ask now, best first, with every reason. */
@RematchServiceTest
class SuggestionsTest extends MatchingServiceTest {

    @Test
    void aMenteeSeesTheMentorsTheyCouldAskBestFirstWithoutTheirEarlierMentorOrUnavailableOnes() {
        String proposed = harness.mentor(2, 1);
        String close = harness.mentor(2, 2);
        String further = harness.mentor(0, 2);
        String closed = MatchingHarness.id();
        harness.publishMentor(MatchingHarness.mentorJson(closed, 1, harness.mentorSpecialty, harness.country, 2, 3, false));
        harness.awaitStored("mentors", closed, 1);
        String menteeId = harness.registerMentee(2);
        String firstProposal = harness.pairingEvents(menteeId, PairingProposed.class, 1).getFirst().get("mentorId").asString();
        assertThat(List.of(proposed, close)).contains(firstProposal);
        String stillFree = firstProposal.equals(proposed) ? close : proposed;

        JsonNode suggestions = Http.json(harness.http.get("/api/match/suggestions?limit=100", TestTokens.bearer(menteeId, "MENTEE")))
                .get("suggestions");

        List<String> ids = suggestions.findValuesAsString("mentorId");
        // other tests' mentors share this mentee's goal and IMG status too, so they may come between, never first
        assertThat(ids).startsWith(stillFree).contains(further).doesNotContain(firstProposal, closed);
        JsonNode best = suggestions.get(0);
        assertThat(best.get("score").asDouble()).isEqualTo(0.34); // country 0.12 + cycles 0.10 + residency 0.08 + both IMGs 0.04
        assertThat(best.get("displayName").asString()).isEqualTo("Dr. " + stillFree.substring(0, 6));
        assertThat(texts(best.get("reasons"))).containsExactly("Both trained in " + harness.country,
                "Matched " + Words.specialty(harness.mentorSpecialty) + " after 2 unmatched cycles, like your 2 attempts",
                "Made it into residency, where your goal leads", "Also an IMG from outside the US");
        assertThat(best.get("components").get("CYCLES").asDouble()).isEqualTo(0.1);
        assertThat(suggestions.get(ids.indexOf(further)).get("score").asDouble()).as("cycles further apart")
                .isEqualTo(0.273); // country 0.12 + a third of cycles 0.10 + residency 0.08 + both IMGs 0.04
        List<Double> scores = suggestions.findValues("score").stream().map(JsonNode::asDouble).toList();
        assertThat(scores).isSortedAccordingTo((a, b) -> Double.compare(b, a)).allMatch(score -> score > 0);
        assertThat(Http.json(harness.http.get("/api/match/suggestions?limit=1", TestTokens.bearer(menteeId, "MENTEE")))
                .get("suggestions").findValuesAsString("mentorId")).containsExactly(stillFree);
    }

    @Test
    void aBadLimitIsNamedAndAMenteeMatchingDoesNotKnowYetIsToldWhy() {
        String menteeId = harness.registerMentee(2);
        harness.awaitStored("mentees", menteeId, 1);

        for (String limit : List.of("0", "101", "many")) {
            JsonNode problem = Http.problem(harness.http.get("/api/match/suggestions?limit=" + limit, TestTokens.bearer(menteeId, "MENTEE")), 400);
            assertThat(problem.toString()).contains("limit");
        }
        JsonNode unknown = Http.problem(harness.http.get("/api/match/suggestions", TestTokens.bearer(MatchingHarness.id(), "MENTEE")), 409);
        assertThat(unknown.get("detail").asString()).contains("no mentee profile of yours yet");
    }
}
