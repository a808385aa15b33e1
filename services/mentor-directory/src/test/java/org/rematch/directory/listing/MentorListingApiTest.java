package org.rematch.directory.listing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rematch.testsupport.Http.json;
import static org.rematch.testsupport.Http.problem;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.rematch.testsupport.RematchServiceTest;
import org.rematch.testsupport.ServiceTestBase;
import org.rematch.testsupport.TestTokens;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.JsonNode;

@RematchServiceTest
class MentorListingApiTest extends ServiceTestBase {

    private static String mentor(String id) {
        return TestTokens.bearer(id, "MENTOR");
    }

    private static String body(String specialty, String country, int cycles, int capacity) {
        return """
                {"matchedSpecialty":"%s","medicalSchoolCountry":"%s","unmatchedCyclesBeforeMatch":%d,"capacity":%d}"""
                .formatted(specialty, country, cycles, capacity);
    }

    /** A specialty code no other test uses, so searches on the shared database see only this test's listings. */
    private static String uniqueSpecialty() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            code.append((char) ('A' + ThreadLocalRandom.current().nextInt(26)));
        }
        return code.toString();
    }

    @Test
    void aMentorListsTheirJourneyAndFindsItInTheDirectory() {
        String mentorId = UUID.randomUUID().toString();

        ResponseEntity<String> created = http().post("/api/mentors", mentor(mentorId), body("IM", "PK", 2, 3));

        assertThat(created.getStatusCode().value()).isEqualTo(201);
        assertThat(created.getHeaders().getLocation()).hasToString("/api/mentors/" + mentorId);
        JsonNode listing = json(created);
        assertThat(listing.get("mentorId").asString()).isEqualTo(mentorId);
        assertThat(listing.get("version").asLong()).isEqualTo(1);
        assertThat(listing.get("displayName").asString()).isEqualTo("Mentor " + mentorId.substring(0, 8));
        assertThat(listing.get("matchedSpecialty").asString()).isEqualTo("IM");
        assertThat(listing.get("medicalSchoolCountry").asString()).isEqualTo("PK");
        assertThat(listing.get("unmatchedCyclesBeforeMatch").asInt()).isEqualTo(2);
        assertThat(listing.get("capacity").asInt()).isEqualTo(3);
        assertThat(listing.get("accepting").asBoolean()).isTrue();

        JsonNode mine = json(http().get("/api/mentors/me", mentor(mentorId)));
        assertThat(mine.get("version").asLong()).isEqualTo(1);
        assertThat(mine.get("capacity").asInt()).isEqualTo(3);

        ResponseEntity<String> publicView = http().get("/api/mentors/" + mentorId, TestTokens.bearer(UUID.randomUUID().toString(), "MENTEE"));
        assertThat(publicView.getStatusCode().value()).isEqualTo(200);
        assertThat(json(publicView).propertyNames()).containsExactlyInAnyOrder("mentorId", "displayName", "matchedSpecialty",
                "medicalSchoolCountry", "unmatchedCyclesBeforeMatch", "accepting", "capacity");
    }

    @Test
    void aListingCanBeCreatedNotAccepting() {
        String mentorId = UUID.randomUUID().toString();

        ResponseEntity<String> created = http().post("/api/mentors", mentor(mentorId),
                "{\"matchedSpecialty\":\"FM\",\"medicalSchoolCountry\":\"IN\",\"unmatchedCyclesBeforeMatch\":0,\"capacity\":1,\"accepting\":false}");

        assertThat(created.getStatusCode().value()).isEqualTo(201);
        assertThat(json(created).get("accepting").asBoolean()).isFalse();
    }

    @Test
    void aSecondListingOfTheSameMentorIsAConflict() {
        String mentorId = UUID.randomUUID().toString();
        assertThat(http().post("/api/mentors", mentor(mentorId), body("IM", "PK", 1, 2)).getStatusCode().value()).isEqualTo(201);

        ResponseEntity<String> again = http().post("/api/mentors", mentor(mentorId), body("FM", "PK", 1, 2));

        problem(again, 409);
        assertThat(json(again).get("detail").asString()).contains("PUT /api/mentors/me");
        assertThat(json(http().get("/api/mentors/me", mentor(mentorId))).get("matchedSpecialty").asString()).isEqualTo("IM");
    }

    @Test
    void updatingTheListingRaisesItsVersionAndKeepsAcceptingUnlessTold() {
        String mentorId = UUID.randomUUID().toString();
        http().post("/api/mentors", mentor(mentorId),
                "{\"matchedSpecialty\":\"IM\",\"medicalSchoolCountry\":\"PK\",\"unmatchedCyclesBeforeMatch\":2,\"capacity\":3,\"accepting\":false}");

        ResponseEntity<String> updated = http().put("/api/mentors/me", mentor(mentorId), body("IM", "PK", 2, 5));

        assertThat(updated.getStatusCode().value()).isEqualTo(200);
        assertThat(json(updated).get("version").asLong()).isEqualTo(2);
        assertThat(json(updated).get("capacity").asInt()).isEqualTo(5);
        assertThat(json(updated).get("accepting").asBoolean()).isFalse();

        ResponseEntity<String> reopened = http().put("/api/mentors/me", mentor(mentorId),
                "{\"matchedSpecialty\":\"IM\",\"medicalSchoolCountry\":\"PK\",\"unmatchedCyclesBeforeMatch\":2,\"capacity\":5,\"accepting\":true}");
        assertThat(json(reopened).get("version").asLong()).isEqualTo(3);
        assertThat(json(reopened).get("accepting").asBoolean()).isTrue();
        assertThat(json(http().get("/api/mentors/" + mentorId, mentor(mentorId))).get("capacity").asInt()).isEqualTo(5);
    }

    @Test
    void withoutAListingMeAndUpdateAreNotFound() {
        String mentorId = UUID.randomUUID().toString();

        problem(http().get("/api/mentors/me", mentor(mentorId)), 404);
        problem(http().put("/api/mentors/me", mentor(mentorId), body("IM", "PK", 2, 5)), 404);
    }

    @Test
    void anUnknownMentorIsAProblem404() {
        ResponseEntity<String> response = http().get("/api/mentors/" + UUID.randomUUID(), mentor(UUID.randomUUID().toString()));

        problem(response, 404);
        assertThat(json(response).get("detail").asString()).contains("No mentor listing");
    }

    @Test
    void badFieldsAreAProblemNamingEachField() {
        ResponseEntity<String> response = http().post("/api/mentors", mentor(UUID.randomUUID().toString()),
                "{\"matchedSpecialty\":\"internal medicine\",\"medicalSchoolCountry\":\"PAK\",\"unmatchedCyclesBeforeMatch\":11,\"capacity\":0}");

        problem(response, 400);
        assertThat(json(response).get("errors").findValuesAsString("field")).containsExactlyInAnyOrder(
                "matchedSpecialty", "medicalSchoolCountry", "unmatchedCyclesBeforeMatch", "capacity");
    }

    @Test
    void missingFieldsAreNamedToo() {
        ResponseEntity<String> response = http().post("/api/mentors", mentor(UUID.randomUUID().toString()),
                "{\"matchedSpecialty\":\"IM\"}");

        problem(response, 400);
        assertThat(json(response).get("errors").findValuesAsString("field")).containsExactlyInAnyOrder(
                "medicalSchoolCountry", "unmatchedCyclesBeforeMatch", "capacity");
    }

    @Test
    void malformedJsonAndWrongTypesAreProblemsNotServerErrors() {
        String mentorId = UUID.randomUUID().toString();

        problem(http().post("/api/mentors", mentor(mentorId), "{\"matchedSpecialty\": "), 400);
        ResponseEntity<String> wrongType = http().post("/api/mentors", mentor(mentorId),
                "{\"matchedSpecialty\":\"IM\",\"medicalSchoolCountry\":\"PK\",\"unmatchedCyclesBeforeMatch\":\"two\",\"capacity\":3}");
        problem(wrongType, 400);
        assertThat(json(wrongType).get("detail").asString()).contains("unmatchedCyclesBeforeMatch");
        problem(http().put("/api/mentors/me", mentor(mentorId), "[]"), 400);
    }

    @Test
    void withoutATokenEverythingIs401() {
        problem(http().post("/api/mentors", null, body("IM", "PK", 2, 3)), 401);
        problem(http().get("/api/mentors", null), 401);
        problem(http().get("/api/mentors/" + UUID.randomUUID(), null), 401);
        problem(http().get("/api/mentors/me", null), 401);
    }

    @Test
    void onlyMentorsListOrChangeListings() {
        String menteeId = UUID.randomUUID().toString();

        problem(http().post("/api/mentors", TestTokens.bearer(menteeId, "MENTEE"), body("IM", "PK", 2, 3)), 403);
        problem(http().put("/api/mentors/me", TestTokens.bearer(menteeId, "MODERATOR"), body("IM", "PK", 2, 3)), 403);
        problem(http().get("/api/mentors/" + menteeId, TestTokens.bearer(menteeId, "MENTEE")), 404);
    }

    @Test
    void searchFiltersBySpecialtyAndCountryCaseInsensitively() {
        String specialty = uniqueSpecialty();
        String inPk = UUID.randomUUID().toString();
        String inIn = UUID.randomUUID().toString();
        String otherSpecialty = UUID.randomUUID().toString();
        http().post("/api/mentors", mentor(inPk), body(specialty, "PK", 1, 2));
        http().post("/api/mentors", mentor(inIn), body(specialty, "IN", 0, 4));
        http().post("/api/mentors", mentor(otherSpecialty), body(uniqueSpecialty(), "PK", 0, 4));
        String mentee = TestTokens.bearer(UUID.randomUUID().toString(), "MENTEE");

        ResponseEntity<String> bySpecialty = http().get("/api/mentors?specialty=" + specialty.toLowerCase(), mentee);
        ResponseEntity<String> byBoth = http().get("/api/mentors?specialty=" + specialty + "&country=pk", mentee);
        ResponseEntity<String> byCountry = http().get("/api/mentors?country=IN", mentee);
        ResponseEntity<String> everything = http().get("/api/mentors", mentee);

        assertThat(bySpecialty.getStatusCode().value()).isEqualTo(200);
        assertThat(json(bySpecialty).findValuesAsString("mentorId")).containsExactlyInAnyOrder(inPk, inIn);
        assertThat(json(byBoth).findValuesAsString("mentorId")).containsExactly(inPk);
        assertThat(json(byBoth).get(0).propertyNames()).containsExactlyInAnyOrder("mentorId", "displayName", "matchedSpecialty",
                "medicalSchoolCountry", "unmatchedCyclesBeforeMatch", "accepting", "capacity");
        assertThat(json(byCountry).findValuesAsString("mentorId")).contains(inIn).doesNotContain(inPk, otherSpecialty);
        assertThat(json(everything).findValuesAsString("mentorId")).contains(inPk, inIn, otherSpecialty);
    }

    @Test
    void aSearchFilterThatCannotBeACodeIsAProblemNamingIt() {
        ResponseEntity<String> response = http().get("/api/mentors?specialty=IM&country=Pakistan",
                TestTokens.bearer(UUID.randomUUID().toString(), "MENTEE"));

        problem(response, 400);
        assertThat(json(response).get("errors").findValuesAsString("field")).containsExactly("country");
    }
}
