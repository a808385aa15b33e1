package org.rematch.directory.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rematch.testsupport.Http.json;
import static org.rematch.testsupport.Http.problem;

import java.util.UUID;
import org.junit.jupiter.api.Test;
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
        http().post("/api/mentors", TestTokens.bearerWithName(mentorId, "Dr. Amina Yusuf", "MENTOR"),
                "{\"matchedSpecialty\":\"FM\",\"medicalSchoolCountry\":\"NG\",\"unmatchedCyclesBeforeMatch\":1,\"capacity\":2}");

        ResponseEntity<String> response = http().get("/api/personal-data", TestTokens.bearer(mentorId, "MENTOR"));

        assertThat(response.getStatusCode().value()).isEqualTo(200);
        JsonNode export = json(response);
        assertThat(export.get("service").asString()).isEqualTo("mentor-directory");
        assertThat(export.get("accountId").asString()).isEqualTo(mentorId);
        JsonNode listing = export.get("data").get("listing");
        assertThat(listing.propertyNames()).containsExactlyInAnyOrder("mentorId", "version", "displayName", "matchedSpecialty",
                "medicalSchoolCountry", "unmatchedCyclesBeforeMatch", "capacity", "accepting", "createdAt", "updatedAt");
        assertThat(listing.get("mentorId").asString()).isEqualTo(mentorId);
        assertThat(listing.get("displayName").asString()).isEqualTo("Dr. Amina Yusuf");
        assertThat(listing.get("matchedSpecialty").asString()).isEqualTo("FM");
        assertThat(listing.get("createdAt").isNull()).isFalse();
    }

    @Test
    void someoneWithoutAListingGetsAnEmptyExportNotAnotherPersonsData() {
        String mentorId = UUID.randomUUID().toString();
        http().post("/api/mentors", TestTokens.bearer(mentorId, "MENTOR"),
                "{\"matchedSpecialty\":\"FM\",\"medicalSchoolCountry\":\"NG\",\"unmatchedCyclesBeforeMatch\":1,\"capacity\":2}");
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
