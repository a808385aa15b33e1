package org.rematch.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.rematch.matching.PairingLifecycleTest.assertProblem;
import static org.rematch.matching.PairingLifecycleTest.texts;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rematch.contracts.pairings.PairingProposed;
import org.rematch.contracts.path.Specialty;
import org.rematch.matching.scoring.Words;
import org.rematch.testsupport.Http;
import org.rematch.testsupport.RematchServiceTest;
import org.rematch.testsupport.TestTokens;
import tools.jackson.databind.JsonNode;

/**
 * What each party sees of a pairing: the mentee all of it; the addressed mentor the mentee's path without the
 * sensitive fields the mentee does not share, and no reason (nor score part) resting on them; nobody else anything.
 */
@RematchServiceTest
class PairingVisibilityTest extends MatchingServiceTest {

    @Test
    void aMentorSeesNeitherUnsharedFieldsNorTheReasonsAndPointsThatWouldRevealThem() {
        harness.onSpecialties(Specialty.NEURO, Specialty.PSYCH, Specialty.NEURO);
        String mentorId = MatchingHarness.id();
        String mentor = MatchingHarness.mentorJson(mentorId, 1, harness.mentorSpecialty, harness.country, 2, 3, true);
        harness.publishMentor(MatchingHarness.with(MatchingHarness.with(mentor, "languages", List.of("en", "ur")), "topics",
                List.of("INTERVIEWS", "VISA", "RESEARCH")));
        harness.awaitStored("mentors", mentorId, 1);
        String menteeId = MatchingHarness.id();
        String mentee = MatchingHarness.menteeJson(menteeId, 1, "REGISTERED", harness.menteeTargets, harness.country, 2, "J1", List.of());
        harness.publishMentee(MatchingHarness.with(MatchingHarness.with(mentee, "languages", List.of("ur", "en")), "helpWanted",
                List.of("VISA", "INTERVIEWS", "EXAMS")));
        JsonNode proposed = harness.pairingEvents(menteeId, PairingProposed.class, 1).getFirst();
        String pairingId = proposed.get("pairingId").asString();
        String matchedSpecialty = "Matched Neurology, your second choice";
        String sameCountry = "Both trained in " + harness.country;
        String residency = "Made it into residency, where your goal leads";
        String bothImgs = "Also an IMG from outside the US";
        String speaksUrdu = "Also speaks Urdu";
        String interviews = "Mentors on interviews, which you asked for";
        String visas = "Mentors on visas, which you asked for";

        JsonNode asMentor = Http.json(harness.http.get("/api/pairings/" + pairingId, TestTokens.bearer(mentorId, "MENTOR")));
        JsonNode inMentorsList = Http.json(harness.http.get("/api/pairings", TestTokens.bearer(mentorId, "MENTOR"))).get(0);
        JsonNode asMentee = Http.json(harness.http.get("/api/pairings/" + pairingId, TestTokens.bearer(menteeId, "MENTEE")));

        for (JsonNode view : List.of(asMentor, inMentorsList)) {
            assertThat(view.get("menteeDisplayName").asString()).isEqualTo("Mentee " + menteeId.substring(0, 6));
            JsonNode path = view.get("menteePath");
            assertThat(texts(path.get("targetSpecialties"))).containsExactly("PSYCH", "NEURO");
            assertThat(path.get("medicalSchoolCountry").asString()).isEqualTo(harness.country);
            assertThat(path.get("graduationYear").asInt()).isEqualTo(2021);
            assertThat(path.has("matchAttempts")).as("attempts are not shared").isFalse();
            assertThat(path.has("visaNeed")).as("the visa need is not shared").isFalse();
            assertThat(texts(view.get("reasons"))).as("asking for visa help would reveal the visa need")
                    .containsExactly(matchedSpecialty, sameCountry, residency, bothImgs, interviews, speaksUrdu);
            // 0.24 + 0.12 + 0.08 + 0.04 + 0.08 / 3 for interviews: the cycles credit would reveal the attempts, the visa topic the visa
            assertThat(view.get("score").asDouble()).isEqualTo(0.507);
            assertThat(view.get("components").propertyNames()).containsExactly("SPECIALTY", "COUNTRY", "US_IMG", "GOAL", "HELP_TOPICS");
            assertThat(view.get("components").get("HELP_TOPICS").asDouble()).isEqualTo(0.027);
            assertThat(view.toString()).doesNotContain("J1").doesNotContain("attempts").doesNotContain("visa");
        }
        assertThat(texts(proposed.get("reasons"))).as("the proposal tells the mentor no more")
                .containsExactly(matchedSpecialty, sameCountry, residency, bothImgs, interviews);
        assertThat(proposed.get("score").asDouble()).isEqualTo(0.507);

        JsonNode path = asMentee.get("menteePath");
        assertThat(path.get("matchAttempts").asInt()).isEqualTo(2);
        assertThat(path.get("visaNeed").asString()).isEqualTo("J1");
        assertThat(texts(path.get("targetSpecialties"))).containsExactly("PSYCH", "NEURO");
        assertThat(texts(asMentee.get("reasons"))).containsExactly(matchedSpecialty, sameCountry,
                "Matched Neurology after 2 unmatched cycles, like your 2 attempts", residency, bothImgs, interviews, visas, speaksUrdu);
        assertThat(asMentee.get("score").asDouble()).isEqualTo(0.633);
        assertThat(asMentee.get("components").get("HELP_TOPICS").asDouble()).isEqualTo(0.053);
        assertThat(harness.document("pairings", pairingId).getDouble("score")).as("scoring used every field").isEqualTo(0.633);
    }

    @Test
    void whatTheMenteeSharesTheMentorSeesUntilTheMenteeStopsSharing() {
        String mentorId = harness.mentor(2, 3);
        String menteeId = harness.registerMentee(2, "H1B", List.of("MATCH_ATTEMPTS", "VISA_NEED"));
        String pairingId = harness.pairingEvents(menteeId, PairingProposed.class, 1).getFirst().get("pairingId").asString();
        String mentorToken = TestTokens.bearer(mentorId, "MENTOR");

        JsonNode shared = Http.json(harness.http.get("/api/pairings/" + pairingId, mentorToken));
        assertThat(shared.get("menteePath").get("matchAttempts").asInt()).isEqualTo(2);
        assertThat(shared.get("menteePath").get("visaNeed").asString()).isEqualTo("H1B");
        assertThat(texts(shared.get("reasons"))).containsExactly("Both trained in " + harness.country,
                "Matched " + Words.specialty(harness.mentorSpecialty) + " after 2 unmatched cycles, like your 2 attempts",
                "Made it into residency, where your goal leads", "Also an IMG from outside the US");
        assertThat(shared.get("score").asDouble()).isEqualTo(0.34);

        harness.publishMentee(MatchingHarness.menteeJson(menteeId, 2, "UPDATED", harness.menteeTargets, harness.country, 2, "H1B",
                List.of("VISA_NEED")));
        harness.awaitStored("mentees", menteeId, 2);

        JsonNode visaOnly = Http.json(harness.http.get("/api/pairings/" + pairingId, mentorToken));
        assertThat(visaOnly.get("menteePath").has("matchAttempts")).isFalse();
        assertThat(visaOnly.get("menteePath").get("visaNeed").asString()).isEqualTo("H1B");
        assertThat(texts(visaOnly.get("reasons"))).containsExactly("Both trained in " + harness.country,
                "Made it into residency, where your goal leads", "Also an IMG from outside the US");
        assertThat(visaOnly.get("score").asDouble()).isEqualTo(0.24);
    }

    @Test
    void aPairingIsSeenByItsTwoPartiesOnlyAndADeclinedOneHidesTheMentorFromTheMentee() {
        String first = harness.mentor(2, 1);
        String second = harness.mentor(2, 1);
        String menteeId = harness.registerMentee(2);
        JsonNode proposed = harness.pairingEvents(menteeId, PairingProposed.class, 1).getFirst();
        String pairingId = proposed.get("pairingId").asString();
        String addressed = proposed.get("mentorId").asString();
        String otherMentor = addressed.equals(first) ? second : first;
        String path = "/api/pairings/" + pairingId;

        assertProblem(harness.http.get(path, TestTokens.bearer(otherMentor, "MENTOR")), 404);
        assertProblem(harness.http.get(path, TestTokens.bearer(MatchingHarness.id(), "MENTEE")), 404);
        assertProblem(harness.http.get(path, TestTokens.bearer(MatchingHarness.id(), "MODERATOR")), 404);
        assertProblem(harness.http.get(path, TestTokens.bearer(MatchingHarness.id(), "ADMIN")), 404);
        assertProblem(harness.http.get("/api/pairings/" + MatchingHarness.id(), TestTokens.bearer(addressed, "MENTOR")), 404);
        assertProblem(harness.http.get(path, null), 401);
        assertProblem(harness.http.post(path + "/decline", TestTokens.bearer(otherMentor, "MENTOR"), "{\"reason\":\"not mine\"}"), 404);
        assertThat(Http.json(harness.http.get("/api/pairings", TestTokens.bearer(otherMentor, "MENTOR")))).isEmpty();

        assertThat(harness.http.post(path + "/decline", TestTokens.bearer(addressed, "MENTOR"), "{\"reason\":\"Full\"}")
                .getStatusCode().value()).isEqualTo(200);
        await().atMost(MatchingHarness.WAIT).until(() -> harness.pairingsOf(menteeId).size() == 2);

        JsonNode menteeSees = Http.json(harness.http.get(path, TestTokens.bearer(menteeId, "MENTEE")));
        assertThat(menteeSees.get("state").asString()).isEqualTo("DECLINED");
        assertThat(menteeSees.get("mentorId").isNull()).isTrue();
        assertThat(menteeSees.get("mentorDisplayName").isNull()).isTrue();
        assertThat(menteeSees.has("declineReason")).isFalse();
        JsonNode declinerSees = Http.json(harness.http.get(path, TestTokens.bearer(addressed, "MENTOR")));
        assertThat(declinerSees.get("mentorId").asString()).isEqualTo(addressed);
        assertProblem(harness.http.get(path, TestTokens.bearer(otherMentor, "MENTOR")), 404);
    }
}
