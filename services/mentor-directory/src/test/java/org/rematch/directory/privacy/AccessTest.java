package org.rematch.directory.privacy;

import static org.assertj.core.api.Assertions.assertThat;
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

/**
 * Without a token only health and the API docs answer; what others see of a listing has no private fields (version,
 * timestamps, outbox); a mentor changes only their own listing (no endpoint takes another mentor's id for a write).
 */
@RematchServiceTest
class AccessTest extends ServiceTestBase {

    private static final List<String> PUBLIC_FIELDS = List.of("mentorId", "displayName", "matchedSpecialty", "matchedYear",
            "medicalSchoolCountry", "usImg", "unmatchedCyclesBeforeMatch", "matchedViaSoap", "visaPath", "whatHelped",
            "currentRole", "alternativeCareer", "programType", "topics", "languages", "timeZone", "bio", "capacity",
            "accepting", "pausedUntil");

    @Test
    void anonymouslyOnlyHealthAndApiDocsAnswer() {
        assertThat(http().get("/actuator/health", null).getStatusCode().value()).isEqualTo(200);
        assertThat(http().get("/v3/api-docs", null).getStatusCode().value()).isEqualTo(200);

        for (String path : List.of("/api/mentors", "/api/mentors?specialty=IM", "/api/mentors/me", "/api/mentors/" + UUID.randomUUID(),
                "/api/personal-data", "/api/unknown", "/")) {
            problem(http().get(path, null), 401);
        }
        problem(http().post("/api/mentors", null, "{}"), 401);
        problem(http().put("/api/mentors/me", null, "{}"), 401);
        problem(http().put("/api/mentors/me/availability", null, "{}"), 401);
        problem(http().exchange(HttpMethod.DELETE, "/api/mentors/me", null, null), 401);
    }

    @Test
    void othersSeeNoPrivateFieldsInSearchOrById() {
        String mentorId = UUID.randomUUID().toString();
        Map<String, Object> listing = Listings.fullMap(Listings.todayUtc().plusDays(30));
        listing.put("matchedSpecialty", "NEURO");
        listing.put("medicalSchoolCountry", "EG");
        http().post("/api/mentors", TestTokens.bearer(mentorId, "MENTOR"), Listings.json(listing));

        for (String role : List.of("MENTEE", "MENTOR", "MODERATOR", "ADMIN")) {
            String token = TestTokens.bearer(UUID.randomUUID().toString(), role);
            ResponseEntity<String> byId = http().get("/api/mentors/" + mentorId, token);
            ResponseEntity<String> search = http().get("/api/mentors?specialty=NEURO&country=EG", token);

            assertThat(json(byId).propertyNames()).containsExactlyInAnyOrderElementsOf(PUBLIC_FIELDS);
            JsonNode found = json(search).get("items");
            assertThat(found.findValuesAsString("mentorId")).contains(mentorId);
            found.forEach(item -> assertThat(item.propertyNames()).containsExactlyInAnyOrderElementsOf(PUBLIC_FIELDS));
            assertThat(search.getBody()).doesNotContain("\"version\"", "createdAt", "updatedAt", "outbox", "graduationYear",
                    "exams", "step2ckScore", "usmleAttempts");
        }
    }

    @Test
    void aMentorChangesOnlyTheirOwnListing() {
        String owner = UUID.randomUUID().toString();
        String other = UUID.randomUUID().toString();
        http().post("/api/mentors", TestTokens.bearer(owner, "MENTOR"), Listings.minimalWith("capacity", 3));
        http().post("/api/mentors", TestTokens.bearer(other, "MENTOR"), Listings.minimal());

        assertThat(Listings.withIfMatch(port, HttpMethod.PUT, "/api/mentors/me", TestTokens.bearer(other, "MENTOR"), "\"1\"",
                Listings.minimalWith("capacity", 9)).getStatusCode().value()).isEqualTo(200);
        assertThat(http().put("/api/mentors/me/availability", TestTokens.bearer(other, "MENTOR"), "{\"accepting\":false}")
                .getStatusCode().value()).isEqualTo(200);
        for (String path : List.of("/api/mentors/" + owner, "/api/mentors/" + owner + "/availability")) {
            assertThat(Listings.withIfMatch(port, HttpMethod.PUT, path, TestTokens.bearer(other, "MENTOR"), "\"1\"",
                    Listings.minimalWith("capacity", 9)).getStatusCode().value()).isIn(404, 405);
        }

        JsonNode ownerListing = json(http().get("/api/mentors/me", TestTokens.bearer(owner, "MENTOR")));
        assertThat(ownerListing.get("version").asLong()).isEqualTo(1);
        assertThat(ownerListing.get("capacity").asInt()).isEqualTo(3);
        assertThat(ownerListing.get("accepting").asBoolean()).isTrue();
        problem(http().get("/api/mentors/me", TestTokens.bearer(owner, "MENTEE")), 403);
    }
}
