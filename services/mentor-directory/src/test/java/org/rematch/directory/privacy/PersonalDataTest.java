package org.rematch.directory.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rematch.testsupport.Http.json;
import static org.rematch.testsupport.Http.problem;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.rematch.directory.Listings;
import org.rematch.testsupport.Http;
import org.rematch.testsupport.RematchServiceTest;
import org.rematch.testsupport.ServiceTestBase;
import org.rematch.testsupport.TestTokens;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.JsonNode;

/** GET /api/personal-data: the caller's own listing with everything stored, nobody else's. */
@RematchServiceTest
class PersonalDataTest extends ServiceTestBase {

    @Test
    void aMentorGetsTheirWholeListing() {
        String mentorId = UUID.randomUUID().toString();
        Map<String, Object> sent = Listings.fullMap(Listings.todayUtc().plusDays(30));
        http().post("/api/mentors", TestTokens.bearerWithName(mentorId, "Dr. Amina Yusuf", "MENTOR"), Listings.json(sent));

        ResponseEntity<String> response = http().get("/api/personal-data", TestTokens.bearer(mentorId, "MENTOR"));

        assertThat(response.getStatusCode().value()).isEqualTo(200);
        JsonNode export = json(response);
        assertThat(export.get("service").asString()).isEqualTo("mentor-directory");
        assertThat(export.get("accountId").asString()).isEqualTo(mentorId);
        JsonNode listing = export.get("data").get("listing");
        assertThat(listing.propertyNames()).containsExactlyInAnyOrder("mentorId", "version", "displayName", "matchedSpecialty",
                "matchedYear", "medicalSchoolCountry", "usImg", "unmatchedCyclesBeforeMatch", "matchedViaSoap", "visaPath",
                "graduationYear", "exams", "whatHelped", "currentRole", "alternativeCareer", "programType", "topics", "languages", "timeZone", "bio",
                "capacity", "accepting", "pausedUntil", "inactive", "createdAt", "updatedAt");
        sent.forEach((field, value) -> assertThat(listing.get(field)).as(field).isEqualTo(Http.JSON.valueToTree(value)));
        assertThat(listing.get("mentorId").asString()).isEqualTo(mentorId);
        assertThat(listing.get("displayName").asString()).isEqualTo("Dr. Amina Yusuf");

        assertThat(listing.get("createdAt").isNull()).isFalse();
    }

    @Test
    void someoneWithoutAListingGetsAnEmptyExportNotAnotherPersonsData() {
        String mentorId = UUID.randomUUID().toString();
        http().post("/api/mentors", TestTokens.bearer(mentorId, "MENTOR"), Listings.minimal());
        String menteeId = UUID.randomUUID().toString();

        ResponseEntity<String> response = http().get("/api/personal-data?accountId=" + mentorId, TestTokens.bearer(menteeId, "MENTEE"));

        assertThat(response.getStatusCode().value()).isEqualTo(200);
        assertThat(json(response).get("accountId").asString()).isEqualTo(menteeId);
        assertThat(json(response).get("data").get("listing").isNull()).isTrue();
        assertThat(response.getBody()).doesNotContain(mentorId);
    }

    @Test
    void withoutATokenItIs401() {
        problem(http().get("/api/personal-data", null), 401);
    }
}
