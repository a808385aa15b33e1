package org.rematch.directory.listing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rematch.directory.Listings.full;
import static org.rematch.directory.Listings.mentor;
import static org.rematch.directory.Listings.minimal;
import static org.rematch.directory.Listings.minimalWith;
import static org.rematch.directory.Listings.todayUtc;
import static org.rematch.testsupport.Http.json;
import static org.rematch.testsupport.Http.problem;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.rematch.directory.Listings;
import org.rematch.testsupport.RematchServiceTest;
import org.rematch.testsupport.ServiceTestBase;
import org.rematch.testsupport.TestTokens;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.JsonNode;

@RematchServiceTest
class MentorListingApiTest extends ServiceTestBase {

    static final List<String> PUBLIC_FIELDS = List.of("mentorId", "displayName", "matchedSpecialty", "matchedYear",
            "medicalSchoolCountry", "usImg", "unmatchedCyclesBeforeMatch", "matchedViaSoap", "visaPath", "whatHelped",
            "currentRole", "alternativeCareer", "programType", "topics", "languages", "timeZone", "bio", "capacity",
            "accepting", "pausedUntil");

    private ResponseEntity<String> put(String path, String mentorId, String ifMatch, String body) {
        return Listings.withIfMatch(port, HttpMethod.PUT, path, mentor(mentorId), ifMatch, body);
    }

    private static List<String> fields(JsonNode problem) {
        return problem.get("errors").findValuesAsString("field");
    }

    @Test
    void aMinimalListingGetsItsDefaultsAndIsFoundById() {
        String mentorId = UUID.randomUUID().toString();

        ResponseEntity<String> created = http().post("/api/mentors", mentor(mentorId), minimal());

        assertThat(created.getStatusCode().value()).isEqualTo(201);
        assertThat(created.getHeaders().getLocation()).hasToString("/api/mentors/" + mentorId);
        assertThat(created.getHeaders().getETag()).isEqualTo("\"1\"");
        JsonNode listing = json(created);
        assertThat(listing.get("version").asLong()).isEqualTo(1);
        assertThat(listing.get("displayName").asString()).isEqualTo("Mentor " + mentorId.substring(0, 8));
        assertThat(listing.get("accepting").asBoolean()).isTrue();
        assertThat(listing.get("pausedUntil").isNull()).isTrue();
        assertThat(listing.get("whatHelped").isEmpty()).isTrue();
        assertThat(listing.get("bio").isNull()).isTrue();
        assertThat(listing.get("graduationYear").isNull()).isTrue();
        assertThat(listing.get("exams").isNull()).isTrue();
        assertThat(listing.get("alternativeCareer").asBoolean()).isFalse();

        ResponseEntity<String> mine = http().get("/api/mentors/me", mentor(mentorId));
        assertThat(mine.getHeaders().getETag()).isEqualTo("\"1\"");
        ResponseEntity<String> publicView = http().get("/api/mentors/" + mentorId, TestTokens.bearer(UUID.randomUUID().toString(), "MENTEE"));
        assertThat(publicView.getStatusCode().value()).isEqualTo(200);
        assertThat(json(publicView).propertyNames()).containsExactlyInAnyOrderElementsOf(PUBLIC_FIELDS);
        assertThat(json(publicView).get("matchedSpecialty").asString()).isEqualTo("FM");
    }

    @Test
    void aSecondListingOfTheSameMentorIsAConflict() {
        String mentorId = UUID.randomUUID().toString();
        assertThat(http().post("/api/mentors", mentor(mentorId), minimal()).getStatusCode().value()).isEqualTo(201);

        ResponseEntity<String> again = http().post("/api/mentors", mentor(mentorId), minimalWith("matchedSpecialty", "IM"));

        assertThat(problem(again, 409).get("detail").asString()).contains("PUT /api/mentors/me");
        assertThat(json(http().get("/api/mentors/me", mentor(mentorId))).get("matchedSpecialty").asString()).isEqualTo("FM");
    }

    @Test
    void aReplacementNeedsTheCurrentEtagAndKeepsAvailabilityUnlessTold() {
        String mentorId = UUID.randomUUID().toString();
        http().post("/api/mentors", mentor(mentorId), minimalWith("accepting", false));
        String bigger = minimalWith("capacity", 5);

        problem(put("/api/mentors/me", mentorId, null, bigger), 428);
        problem(put("/api/mentors/me", mentorId, "\"7\"", bigger), 409);
        assertThat(fields(problem(put("/api/mentors/me", mentorId, "version-1", bigger), 400))).containsExactly("If-Match");

        ResponseEntity<String> updated = put("/api/mentors/me", mentorId, "\"1\"", bigger);
        assertThat(updated.getStatusCode().value()).isEqualTo(200);
        assertThat(updated.getHeaders().getETag()).isEqualTo("\"2\"");
        assertThat(json(updated).get("version").asLong()).isEqualTo(2);
        assertThat(json(updated).get("capacity").asInt()).isEqualTo(5);
        assertThat(json(updated).get("accepting").asBoolean()).isFalse();

        problem(put("/api/mentors/me", mentorId, "\"1\"", minimalWith("capacity", 9)), 409);
        ResponseEntity<String> reopened = put("/api/mentors/me", mentorId, "W/\"2\"", minimalWith("accepting", true));
        assertThat(json(reopened).get("version").asLong()).isEqualTo(3);
        assertThat(json(reopened).get("accepting").asBoolean()).isTrue();
        assertThat(json(reopened).get("capacity").asInt()).isEqualTo(1);
        assertThat(json(http().get("/api/mentors/" + mentorId, mentor(mentorId))).get("capacity").asInt()).isEqualTo(1);
    }

    @Test
    void withoutAListingMeUpdateAndAvailabilityAreNotFound() {
        String mentorId = UUID.randomUUID().toString();

        problem(http().get("/api/mentors/me", mentor(mentorId)), 404);
        problem(put("/api/mentors/me", mentorId, "\"1\"", minimal()), 404);
        problem(put("/api/mentors/me", mentorId, null, minimal()), 404);
        problem(put("/api/mentors/me/availability", mentorId, null, "{\"accepting\":false}"), 404);
    }

    @Test
    void aMentorPausesUntilAFutureDateAndResumes() {
        String mentorId = UUID.randomUUID().toString();
        http().post("/api/mentors", mentor(mentorId), minimal());
        String until = todayUtc().plusDays(14).toString();

        assertThat(fields(problem(put("/api/mentors/me/availability", mentorId, null,
                "{\"pausedUntil\":\"" + todayUtc().minusDays(1) + "\"}"), 400))).containsExactly("pausedUntil");
        assertThat(fields(problem(put("/api/mentors/me/availability", mentorId, null,
                "{\"pausedUntil\":\"" + todayUtc() + "\"}"), 400))).containsExactly("pausedUntil");
        assertThat(fields(problem(put("/api/mentors/me/availability", mentorId, null,
                "{\"accepting\":true,\"pausedUntil\":\"" + until + "\"}"), 400))).containsExactly("accepting");
        assertThat(fields(problem(put("/api/mentors/me/availability", mentorId, null, "{}"), 400))).containsExactly("accepting");
        assertThat(fields(problem(put("/api/mentors/me/availability", mentorId, null, "{\"pausedUntil\":\"next week\"}"), 400)))
                .containsExactly("pausedUntil");

        ResponseEntity<String> paused = put("/api/mentors/me/availability", mentorId, null, "{\"pausedUntil\":\"" + until + "\"}");
        assertThat(paused.getStatusCode().value()).isEqualTo(200);
        assertThat(json(paused).get("accepting").asBoolean()).isFalse();
        assertThat(json(paused).get("pausedUntil").asString()).isEqualTo(until);
        assertThat(json(paused).get("version").asLong()).isEqualTo(2);
        assertThat(json(http().get("/api/mentors/" + mentorId, mentor(mentorId))).get("pausedUntil").asString()).isEqualTo(until);

        problem(put("/api/mentors/me/availability", mentorId, "\"1\"", "{\"accepting\":true}"), 409);
        ResponseEntity<String> resumed = put("/api/mentors/me/availability", mentorId, "\"2\"", "{\"accepting\":true}");
        assertThat(json(resumed).get("accepting").asBoolean()).isTrue();
        assertThat(json(resumed).get("pausedUntil").isNull()).isTrue();
        assertThat(json(resumed).get("version").asLong()).isEqualTo(3);
        ResponseEntity<String> again = put("/api/mentors/me/availability", mentorId, null, "{\"accepting\":true}");
        assertThat(json(again).get("version").asLong()).as("no change, no new version").isEqualTo(3);
    }

    @Test
    void everyBadFieldIsNamedAtOnce() {
        Map<String, Object> bad = Listings.minimalMap();
        bad.put("matchedYear", todayUtc().getYear() + 1);
        bad.put("medicalSchoolCountry", "PAK");
        bad.put("unmatchedCyclesBeforeMatch", 11);
        bad.put("capacity", 0);
        bad.put("languages", List.of("english"));
        bad.put("timeZone", "Pakistan Standard Time");
        bad.put("topics", List.of());
        bad.put("bio", "x".repeat(1001));
        bad.remove("programType");

        ResponseEntity<String> response = http().post("/api/mentors", mentor(UUID.randomUUID().toString()), Listings.json(bad));

        assertThat(fields(problem(response, 400))).containsExactlyInAnyOrder("matchedYear", "medicalSchoolCountry",
                "unmatchedCyclesBeforeMatch", "capacity", "languages", "timeZone", "topics", "bio", "programType");
    }

    @Test
    void graduationYearAndExamsAreCheckedAndABadOneIsNamedByItsPath() {
        String mentorId = UUID.randomUUID().toString();
        Map<String, Object> bad = Listings.minimalMap();
        bad.put("graduationYear", 2025);
        bad.put("exams", Listings.exams(301, null));
        assertThat(fields(problem(http().post("/api/mentors", mentor(mentorId), Listings.json(bad)), 400)))
                .containsExactlyInAnyOrder("graduationYear", "exams.step2ckScore", "exams.usmleAttempts");
        assertThat(fields(problem(http().post("/api/mentors", mentor(mentorId), minimalWith("graduationYear", 1939)), 400)))
                .containsExactly("graduationYear");
        assertThat(fields(problem(http().post("/api/mentors", mentor(mentorId), minimalWith("exams", Listings.exams(240, 13))), 400)))
                .containsExactly("exams.usmleAttempts");
        assertThat(fields(problem(http().post("/api/mentors", mentor(mentorId), minimalWith("exams", Map.of())), 400)))
                .containsExactly("exams.usmleAttempts");

        JsonNode unknown = problem(http().post("/api/mentors", mentor(mentorId),
                minimalWith("exams", Map.of("usmleAttempts", 2, "step1Score", 230))), 400);
        assertThat(fields(unknown)).containsExactly("exams.step1Score");
        assertThat(unknown.get("detail").asString()).contains("step2ckScore", "usmleAttempts");
        assertThat(fields(problem(http().post("/api/mentors", mentor(mentorId),
                minimalWith("exams", Map.of("step2ckScore", "high", "usmleAttempts", 2))), 400))).containsExactly("exams.step2ckScore");
        assertThat(fields(problem(http().post("/api/mentors", mentor(mentorId), minimalWith("exams", 240)), 400)))
                .containsExactly("exams");
        assertThat(fields(problem(http().post("/api/mentors", mentor(mentorId), minimalWith("graduationYear", "in 2016")), 400)))
                .containsExactly("graduationYear");
        problem(http().get("/api/mentors/me", mentor(mentorId)), 404);
    }

    @Test
    void aMentorTellsGraduationYearAndExamsLaterAndMayTakeThemBack() {
        String mentorId = UUID.randomUUID().toString();
        http().post("/api/mentors", mentor(mentorId), minimal());
        Map<String, Object> told = Listings.minimalMap();
        told.put("graduationYear", 2018);
        told.put("exams", Listings.exams(null, 3));

        JsonNode updated = json(put("/api/mentors/me", mentorId, "\"1\"", Listings.json(told)));

        assertThat(updated.get("graduationYear").asInt()).isEqualTo(2018);
        assertThat(updated.get("exams").get("step2ckScore").isNull()).as("a score not told").isTrue();
        assertThat(updated.get("exams").get("usmleAttempts").asInt()).isEqualTo(3);
        assertThat(json(http().get("/api/mentors/me", mentor(mentorId))).get("exams")).isEqualTo(updated.get("exams"));
        JsonNode untold = json(put("/api/mentors/me", mentorId, "\"2\"", minimal()));
        assertThat(untold.get("graduationYear").isNull()).isTrue();
        assertThat(untold.get("exams").isNull()).isTrue();
    }

    @Test
    void missingFieldsAreNamedToo() {
        ResponseEntity<String> response = http().post("/api/mentors", mentor(UUID.randomUUID().toString()),
                "{\"matchedSpecialty\":\"IM\"}");

        assertThat(fields(problem(response, 400))).containsExactlyInAnyOrder("matchedYear", "medicalSchoolCountry", "usImg",
                "unmatchedCyclesBeforeMatch", "matchedViaSoap", "visaPath", "currentRole", "topics", "languages", "timeZone",
                "capacity");
    }

    @Test
    void unknownFieldsAndValuesOutsideAVocabularyAreNamed() {
        String mentorId = UUID.randomUUID().toString();

        JsonNode unknown = problem(http().post("/api/mentors", mentor(mentorId), minimalWith("hospital", "Mayo")), 400);
        assertThat(unknown.get("errors").findValuesAsString("field")).containsExactly("hospital");
        JsonNode badTopic = problem(http().post("/api/mentors", mentor(mentorId), minimalWith("topics", List.of("EXAMS", "GOSSIP"))), 400);
        assertThat(badTopic.get("errors").findValuesAsString("field")).containsExactly("topics");
        assertThat(badTopic.get("detail").asString()).contains("APPLICATION_REVIEW");
        JsonNode badSpecialty = problem(http().post("/api/mentors", mentor(mentorId), minimalWith("matchedSpecialty", "Internal Medicine")), 400);
        assertThat(badSpecialty.get("errors").findValuesAsString("field")).containsExactly("matchedSpecialty");
        JsonNode badVisa = problem(http().post("/api/mentors", mentor(mentorId), minimalWith("visaPath", "F1")), 400);
        assertThat(badVisa.get("errors").findValuesAsString("field")).containsExactly("visaPath");
        JsonNode badRole = problem(put("/api/mentors/me/availability", mentorId, null, "{\"accepting\":false,\"reason\":\"busy\"}"), 400);
        assertThat(badRole.get("errors").findValuesAsString("field")).containsExactly("reason");
        problem(http().get("/api/mentors/me", mentor(mentorId)), 404);
    }

    @Test
    void malformedJsonAndWrongTypesAreProblemsNotServerErrors() {
        String mentorId = UUID.randomUUID().toString();

        problem(http().post("/api/mentors", mentor(mentorId), "{\"matchedSpecialty\": "), 400);
        ResponseEntity<String> wrongType = http().post("/api/mentors", mentor(mentorId), minimalWith("unmatchedCyclesBeforeMatch", "two"));
        assertThat(fields(problem(wrongType, 400))).containsExactly("unmatchedCyclesBeforeMatch");
        assertThat(fields(problem(http().post("/api/mentors", mentor(mentorId), minimalWith("languages", "en")), 400)))
                .containsExactly("languages");
        problem(http().post("/api/mentors", mentor(mentorId), "[]"), 400);
        problem(http().post("/api/mentors", mentor(mentorId), "null"), 400);
        http().post("/api/mentors", mentor(mentorId), minimal());
        problem(put("/api/mentors/me", mentorId, "\"1\"", "[]"), 400);
    }

    @Test
    void withoutATokenEverythingIs401() {
        problem(http().post("/api/mentors", null, minimal()), 401);
        problem(http().get("/api/mentors", null), 401);
        problem(http().get("/api/mentors/" + UUID.randomUUID(), null), 401);
        problem(http().get("/api/mentors/me", null), 401);
        problem(http().put("/api/mentors/me/availability", null, "{\"accepting\":true}"), 401);
    }

    @Test
    void onlyMentorsListOrChangeListings() {
        String menteeId = UUID.randomUUID().toString();

        problem(http().post("/api/mentors", TestTokens.bearer(menteeId, "MENTEE"), minimal()), 403);
        problem(http().put("/api/mentors/me", TestTokens.bearer(menteeId, "MODERATOR"), minimal()), 403);
        problem(http().put("/api/mentors/me/availability", TestTokens.bearer(menteeId, "MENTEE"), "{\"accepting\":true}"), 403);
        problem(http().get("/api/mentors/" + menteeId, TestTokens.bearer(menteeId, "MENTEE")), 404);
    }
}
