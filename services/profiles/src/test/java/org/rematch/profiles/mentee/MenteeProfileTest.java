package org.rematch.profiles.mentee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.rematch.profiles.ProfilesHttp.json;
import static org.rematch.profiles.ProfilesHttp.problem;

import java.time.Year;
import java.time.ZoneOffset;
import java.time.Duration;
import java.util.List;
import org.rematch.contracts.Topics;
import org.junit.jupiter.api.Test;
import org.rematch.profiles.ProfilesHttp;
import org.rematch.profiles.ProfilesServiceTest;
import org.rematch.testsupport.RematchServiceTest;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.JsonNode;

@RematchServiceTest
class MenteeProfileTest extends ProfilesServiceTest {

    static final String PATH = """
            {"targetSpecialty":"IM","medicalSchoolCountry":"PK","graduationYear":2021,"matchAttempts":2,"visaNeed":"J1"}""";
    static final String CHANGED_PATH = """
            {"targetSpecialty":"FM","medicalSchoolCountry":"EG","graduationYear":2019,"matchAttempts":3,"visaNeed":"NONE"}""";

    @Test
    void aMenteeDescribesTheirPathOnceThenChangesIt() {
        ProfilesHttp.Registered amina = http().registerAndLogIn("Amina Khan", "MENTEE");

        ResponseEntity<String> created = http().post("/api/mentees", amina.bearer(), PATH);
        assertThat(created.getStatusCode().value()).as(created.getBody()).isEqualTo(201);
        JsonNode profile = json(created.getBody());
        assertThat(profile.get("menteeId").asString()).isEqualTo(amina.accountId());
        assertThat(profile.get("displayName").asString()).isEqualTo("Amina Khan");
        assertThat(profile.get("targetSpecialty").asString()).isEqualTo("IM");
        assertThat(profile.get("medicalSchoolCountry").asString()).isEqualTo("PK");
        assertThat(profile.get("graduationYear").asInt()).isEqualTo(2021);
        assertThat(profile.get("matchAttempts").asInt()).isEqualTo(2);
        assertThat(profile.get("visaNeed").asString()).isEqualTo("J1");
        assertThat(profile.get("status").asString()).isEqualTo("SEEKING");
        assertThat(profile.get("version").asLong()).isEqualTo(1);
        assertThat(created.getBody()).doesNotContain("outbox");

        JsonNode again = problem(http().post("/api/mentees", amina.bearer(), CHANGED_PATH), 409);
        assertThat(again.get("detail").asString()).contains("PUT /api/mentees/me");

        ResponseEntity<String> updated = http().put("/api/mentees/me", amina.bearer(), CHANGED_PATH);
        assertThat(updated.getStatusCode().value()).as(updated.getBody()).isEqualTo(200);
        assertThat(json(updated.getBody()).get("version").asLong()).isEqualTo(2);

        JsonNode mine = json(http().get("/api/mentees/me", amina.bearer()).getBody());
        assertThat(mine.get("targetSpecialty").asString()).isEqualTo("FM");
        assertThat(mine.get("medicalSchoolCountry").asString()).isEqualTo("EG");
        assertThat(mine.get("visaNeed").asString()).isEqualTo("NONE");
        assertThat(mine.get("status").asString()).isEqualTo("SEEKING");
        assertThat(mine.get("version").asLong()).isEqualTo(2);
    }

    @Test
    void aMenteeWithoutAProfileGets404AndCannotUpdateOne() {
        ProfilesHttp.Registered newcomer = http().registerAndLogIn("Newcomer", "MENTEE");

        problem(http().get("/api/mentees/me", newcomer.bearer()), 404);
        problem(http().put("/api/mentees/me", newcomer.bearer(), PATH), 404);
    }

    @Test
    void eachMenteeSeesOnlyTheirOwnProfile() {
        ProfilesHttp.Registered first = http().registerAndLogIn("First", "MENTEE");
        ProfilesHttp.Registered second = http().registerAndLogIn("Second", "MENTEE");
        http().post("/api/mentees", first.bearer(), PATH);

        problem(http().get("/api/mentees/me", second.bearer()), 404);
        assertThat(http().get("/api/mentees/" + first.accountId(), second.bearer()).getStatusCode().is2xxSuccessful()).isFalse();
    }

    @Test
    void onlyMenteesHaveAPathProfile() {
        ProfilesHttp.Registered mentor = http().registerAndLogIn("Dr. Mehta", "MENTOR");

        problem(http().post("/api/mentees", mentor.bearer(), PATH), 403);
        problem(http().get("/api/mentees/me", mentor.bearer()), 403);
        problem(http().put("/api/mentees/me", mentor.bearer(), PATH), 403);
    }

    @Test
    void withoutATokenThereIsNoProfile() {
        problem(http().post("/api/mentees", null, PATH), 401);
        problem(http().get("/api/mentees/me", null), 401);
    }

    @Test
    void anInvalidPathGetsAProblemNamingEveryBadField() {
        ProfilesHttp.Registered mentee = http().registerAndLogIn("Careless", "MENTEE");
        int nextYear = Year.now(ZoneOffset.UTC).getValue() + 1;

        JsonNode problem = problem(http().post("/api/mentees", mentee.bearer(), """
                {"targetSpecialty":"internal medicine","medicalSchoolCountry":"XX","graduationYear":%d,"matchAttempts":11,"visaNeed":"J1"}"""
                .formatted(nextYear)), 400);

        assertThat(fields(problem)).containsExactlyInAnyOrder("targetSpecialty", "medicalSchoolCountry", "graduationYear", "matchAttempts");
        problem(http().get("/api/mentees/me", mentee.bearer()), 404);
    }

    @Test
    void missingFieldsAndUnknownVisaNeedsAreNamed() {
        ProfilesHttp.Registered mentee = http().registerAndLogIn("Hasty", "MENTEE");

        JsonNode missing = problem(http().post("/api/mentees", mentee.bearer(), "{}"), 400);
        assertThat(fields(missing)).containsExactlyInAnyOrder(
                "targetSpecialty", "medicalSchoolCountry", "graduationYear", "matchAttempts", "visaNeed");

        JsonNode unknownVisa = problem(http().post("/api/mentees", mentee.bearer(), PATH.replace("\"J1\"", "\"MAYBE\"")), 400);
        assertThat(unknownVisa.get("detail").asString()).contains("visaNeed");

        JsonNode wrongType = problem(http().post("/api/mentees", mentee.bearer(), PATH.replace("2021", "\"soon\"")), 400);
        assertThat(wrongType.get("detail").asString()).contains("graduationYear");
    }

    @Test
    void aMenteeChoosesWhichSensitiveFieldsProposedMentorsSee() {
        ProfilesHttp.Registered amina = http().registerAndLogIn("Amina Khan", "MENTEE");

        JsonNode created = json(http().post("/api/mentees", amina.bearer(), PATH).getBody());
        assertThat(created.get("sharedWithMentors").toString()).as("absent shares nothing").isEqualTo("[]");

        ResponseEntity<String> sharing = http().put("/api/mentees/me", amina.bearer(),
                PATH.replace("}", ",\"sharedWithMentors\":[\"VISA_NEED\",\"MATCH_ATTEMPTS\"]}"));
        assertThat(sharing.getStatusCode().value()).as(sharing.getBody()).isEqualTo(200);
        assertThat(json(sharing.getBody()).get("sharedWithMentors").toString()).isEqualTo("[\"MATCH_ATTEMPTS\",\"VISA_NEED\"]");
        assertThat(json(http().get("/api/mentees/me", amina.bearer()).getBody()).get("sharedWithMentors").toString())
                .isEqualTo("[\"MATCH_ATTEMPTS\",\"VISA_NEED\"]");

        JsonNode visaOnly = json(http().put("/api/mentees/me", amina.bearer(),
                PATH.replace("}", ",\"sharedWithMentors\":[\"VISA_NEED\"]}")).getBody());
        assertThat(visaOnly.get("sharedWithMentors").toString()).isEqualTo("[\"VISA_NEED\"]");
        JsonNode nothing = json(http().put("/api/mentees/me", amina.bearer(), PATH).getBody());
        assertThat(nothing.get("sharedWithMentors").toString()).isEqualTo("[]");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(events().read(Topics.MENTEES,
                record -> amina.accountId().equals(record.key()), Duration.ofSeconds(5))).hasSize(4));
        List<JsonNode> published = events().read(Topics.MENTEES, record -> amina.accountId().equals(record.key()),
                Duration.ofSeconds(5)).stream().map(record -> json(record.value())).toList();
        assertThat(published).extracting(snapshot -> snapshot.get("sharedWithMentors").toString())
                .containsExactly("[]", "[\"MATCH_ATTEMPTS\",\"VISA_NEED\"]", "[\"VISA_NEED\"]", "[]");
    }

    @Test
    void anUnknownSensitiveFieldIsNamed() {
        ProfilesHttp.Registered mentee = http().registerAndLogIn("Careful", "MENTEE");

        JsonNode unknown = problem(http().post("/api/mentees", mentee.bearer(),
                PATH.replace("}", ",\"sharedWithMentors\":[\"PHONE_NUMBER\"]}")), 400);
        assertThat(unknown.get("detail").asString()).contains("sharedWithMentors");
        JsonNode nullEntry = problem(http().post("/api/mentees", mentee.bearer(),
                PATH.replace("}", ",\"sharedWithMentors\":[null]}")), 400);
        assertThat(nullEntry.toString()).contains("sharedWithMentors");
        JsonNode notAList = problem(http().post("/api/mentees", mentee.bearer(),
                PATH.replace("}", ",\"sharedWithMentors\":{\"a\":1}}")), 400);
        assertThat(notAList.get("detail").asString()).contains("sharedWithMentors");
        problem(http().get("/api/mentees/me", mentee.bearer()), 404);
    }

    private static List<String> fields(JsonNode problem) {
        assertThat(problem.has("errors")).as(problem.toString()).isTrue();
        return problem.get("errors").valueStream().map(error -> error.get("field").asString()).toList();
    }
}
