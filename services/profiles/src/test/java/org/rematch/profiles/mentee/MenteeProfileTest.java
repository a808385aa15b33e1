package org.rematch.profiles.mentee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.rematch.profiles.MenteePaths.FULL;
import static org.rematch.profiles.MenteePaths.MINIMAL;
import static org.rematch.profiles.MenteePaths.with;
import static org.rematch.profiles.MenteePaths.without;
import static org.rematch.profiles.ProfilesHttp.json;
import static org.rematch.profiles.ProfilesHttp.problem;

import java.time.Duration;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rematch.contracts.Topics;
import org.rematch.profiles.ProfilesHttp;
import org.rematch.profiles.ProfilesServiceTest;
import org.rematch.testsupport.RematchServiceTest;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.JsonNode;

@RematchServiceTest
class MenteeProfileTest extends ProfilesServiceTest {

    static final String CHANGED = with(with(MINIMAL, "targetSpecialties", "[\"FM\"]"), "medicalSchoolCountry", "\"EG\"");

    @Test
    void aMenteeDescribesTheirPathOnceThenChangesItWithTheVersionTheyRead() {
        ProfilesHttp.Registered amina = http().registerAndLogIn("Amina Khan", "MENTEE");

        ResponseEntity<String> created = http().post("/api/mentees", amina.bearer(), MINIMAL);
        assertThat(created.getStatusCode().value()).as(created.getBody()).isEqualTo(201);
        assertThat(created.getHeaders().getETag()).isEqualTo("\"1\"");
        JsonNode profile = json(created.getBody());
        assertThat(profile.get("menteeId").asString()).isEqualTo(amina.accountId());
        assertThat(profile.get("displayName").asString()).isEqualTo("Amina Khan");
        assertThat(profile.get("status").asString()).isEqualTo("SEEKING");
        assertThat(profile.get("version").asLong()).isEqualTo(1);
        assertThat(created.getBody()).doesNotContain("outbox");

        JsonNode again = problem(http().post("/api/mentees", amina.bearer(), CHANGED), 409);
        assertThat(again.get("detail").asString()).contains("PUT /api/mentees/me");

        ResponseEntity<String> read = http().get("/api/mentees/me", amina.bearer());
        ResponseEntity<String> updated = http().putIfMatch("/api/mentees/me", amina.bearer(), read.getHeaders().getETag(), CHANGED);
        assertThat(updated.getStatusCode().value()).as(updated.getBody()).isEqualTo(200);
        assertThat(updated.getHeaders().getETag()).isEqualTo("\"2\"");

        ResponseEntity<String> mine = http().get("/api/mentees/me", amina.bearer());
        assertThat(mine.getHeaders().getETag()).isEqualTo("\"2\"");
        assertThat(json(mine.getBody()).get("targetSpecialties").toString()).isEqualTo("[\"FM\"]");
        assertThat(json(mine.getBody()).get("medicalSchoolCountry").asString()).isEqualTo("EG");
        assertThat(json(mine.getBody()).get("version").asLong()).isEqualTo(2);
    }

    @Test
    void aStaleOrMissingVersionNeverOverwritesTheProfile() {
        ProfilesHttp.Registered amina = http().registerAndLogIn("Amina Khan", "MENTEE");
        http().post("/api/mentees", amina.bearer(), MINIMAL);
        assertThat(http().putIfMatch("/api/mentees/me", amina.bearer(), "\"1\"", FULL).getStatusCode().value()).isEqualTo(200);

        JsonNode stale = problem(http().putIfMatch("/api/mentees/me", amina.bearer(), "\"1\"", CHANGED), 409);
        assertThat(stale.get("detail").asString()).contains("version 2, not 1");
        JsonNode missing = problem(http().put("/api/mentees/me", amina.bearer(), CHANGED), 428);
        assertThat(missing.get("detail").asString()).contains("If-Match");
        JsonNode garbled = problem(http().putIfMatch("/api/mentees/me", amina.bearer(), "*", CHANGED), 400);
        assertThat(garbled.get("errors").get(0).get("field").asString()).isEqualTo("If-Match");

        JsonNode mine = json(http().get("/api/mentees/me", amina.bearer()).getBody());
        assertThat(mine.get("version").asLong()).isEqualTo(2);
        assertThat(mine.get("targetSpecialties").toString()).isEqualTo("[\"IM\",\"FM\",\"IMPRELIM\"]");
    }

    @Test
    void whatIsLeftOutGetsItsDefault() {
        ProfilesHttp.Registered mentee = http().registerAndLogIn("Brief", "MENTEE");

        JsonNode profile = json(http().post("/api/mentees", mentee.bearer(), MINIMAL).getBody());

        assertThat(profile.get("medicalSchoolName").isNull()).isTrue();
        assertThat(profile.get("ecfmgStatus").asString()).isEqualTo("NOT_STARTED");
        assertThat(profile.get("usmle").toString()).isEqualTo("""
                {"step1":{"outcome":"NOT_TAKEN","attempts":0},"step2ck":{"score":null,"attempts":0},"step3Passed":false}""");
        assertThat(profile.get("usClinicalExperience").toString()).isEqualTo("{\"months\":0,\"kinds\":[]}");
        assertThat(profile.get("researchItems").asInt()).isZero();
        assertThat(profile.get("soapTried").asBoolean()).isFalse();
        assertThat(profile.get("usRegionPreference").toString()).isEqualTo("[]");
        assertThat(profile.get("helpWanted").toString()).isEqualTo("[]");
        assertThat(profile.get("sharedWithMentors").toString()).isEqualTo("[]");
        assertThat(profile.get("forumJoining").asString()).isEqualTo("INVITE");
    }

    @Test
    void aMenteeWithoutAProfileGets404AndCannotUpdateOne() {
        ProfilesHttp.Registered newcomer = http().registerAndLogIn("Newcomer", "MENTEE");

        problem(http().get("/api/mentees/me", newcomer.bearer()), 404);
        problem(http().putIfMatch("/api/mentees/me", newcomer.bearer(), "\"1\"", MINIMAL), 404);
        problem(http().put("/api/mentees/me/status", newcomer.bearer(), "{\"status\":\"PAUSED\"}"), 404);
    }

    @Test
    void eachMenteeSeesOnlyTheirOwnProfile() {
        ProfilesHttp.Registered first = http().registerAndLogIn("First", "MENTEE");
        ProfilesHttp.Registered second = http().registerAndLogIn("Second", "MENTEE");
        http().post("/api/mentees", first.bearer(), MINIMAL);

        problem(http().get("/api/mentees/me", second.bearer()), 404);
        assertThat(http().get("/api/mentees/" + first.accountId(), second.bearer()).getStatusCode().is2xxSuccessful()).isFalse();
    }

    @Test
    void onlyMenteesHaveAPathProfile() {
        ProfilesHttp.Registered mentor = http().registerAndLogIn("Dr. Mehta", "MENTOR");

        problem(http().post("/api/mentees", mentor.bearer(), MINIMAL), 403);
        problem(http().get("/api/mentees/me", mentor.bearer()), 403);
        problem(http().putIfMatch("/api/mentees/me", mentor.bearer(), "\"1\"", MINIMAL), 403);
        problem(http().put("/api/mentees/me/status", mentor.bearer(), "{\"status\":\"PAUSED\"}"), 403);
    }

    @Test
    void withoutATokenThereIsNoProfile() {
        problem(http().post("/api/mentees", null, MINIMAL), 401);
        problem(http().get("/api/mentees/me", null), 401);
        problem(http().put("/api/mentees/me/status", null, "{\"status\":\"PAUSED\"}"), 401);
    }

    @Test
    void anInvalidPathGetsAProblemNamingEveryBadFieldByItsPath() {
        ProfilesHttp.Registered mentee = http().registerAndLogIn("Careless", "MENTEE");
        int nextYear = Year.now(ZoneOffset.UTC).getValue() + 1;
        String body = with(with(with(with(with(with(FULL, "medicalSchoolCountry", "\"XX\""), "graduationYear", "" + nextYear),
                "usmle", "{\"step1\":{\"outcome\":\"FAIL\",\"attempts\":0},\"step2ck\":{\"score\":301,\"attempts\":1}}"),
                "languages", "[\"en\",\"EN\"]"), "timeZone", "\"Mars/Olympus\""), "usCitizen", "true");

        JsonNode problem = problem(http().post("/api/mentees", mentee.bearer(), body), 400);

        assertThat(fields(problem)).containsExactlyInAnyOrder("medicalSchoolCountry", "graduationYear",
                "usmle.step1.attempts", "usmle.step2ck.score", "ecfmgStatus", "visaNeed", "languages[1]", "timeZone");
        assertThat(problem.get("detail").asString()).contains("'usmle.step2ck.score' must be between 1 and 300");
        problem(http().get("/api/mentees/me", mentee.bearer()), 404);
    }

    @Test
    void missingFieldsAreNamed() {
        ProfilesHttp.Registered mentee = http().registerAndLogIn("Hasty", "MENTEE");

        JsonNode missing = problem(http().post("/api/mentees", mentee.bearer(), "{}"), 400);
        assertThat(fields(missing)).containsExactly("targetSpecialties", "medicalSchoolCountry", "usCitizen",
                "graduationYear", "priorMatchCycles", "visaNeed", "goal", "languages", "timeZone");
        assertThat(fields(problem(http().post("/api/mentees", mentee.bearer(), without(MINIMAL, "goal")), 400)))
                .containsExactly("goal");
    }

    @Test
    void unreadableValuesAndUnknownFieldsAreNamedByTheirPath() {
        ProfilesHttp.Registered mentee = http().registerAndLogIn("Creative", "MENTEE");

        assertNamed(mentee, with(MINIMAL, "visaNeed", "\"MAYBE\""), "visaNeed", "must be one of NONE, J1, H1B");
        assertNamed(mentee, with(MINIMAL, "visaNeed", "1"), "visaNeed", "must be one of NONE, J1, H1B");
        assertNamed(mentee, with(MINIMAL, "targetSpecialties", "[\"IM\",\"internal medicine\"]"), "targetSpecialties[1]",
                "must be one of IM, FM");
        assertNamed(mentee, with(FULL, "usmle", "{\"step1\":{\"outcome\":\"PASSED\",\"attempts\":1}}"), "usmle.step1.outcome",
                "must be one of PASS, FAIL, NOT_TAKEN");
        assertNamed(mentee, with(MINIMAL, "graduationYear", "\"soon\""), "graduationYear", "must be a whole number");
        assertNamed(mentee, with(MINIMAL, "graduationYear", "2021.5"), "graduationYear", "must be a whole number");
        assertNamed(mentee, with(MINIMAL, "usCitizen", "\"perhaps\""), "usCitizen", "must be true or false");
        assertNamed(mentee, with(MINIMAL, "nickname", "\"Ami\""), "nickname", "is not a known field");
        assertNamed(mentee, with(FULL, "usmle", "{\"step4\":{}}"), "usmle.step4", "is not a known field");
        assertNamed(mentee, with(MINIMAL, "languages", "\"en\""), "languages", "must be a list");
        problem(http().get("/api/mentees/me", mentee.bearer()), 404);
    }

    private void assertNamed(ProfilesHttp.Registered mentee, String body, String field, String message) {
        JsonNode problem = problem(http().post("/api/mentees", mentee.bearer(), body), 400);
        assertThat(fields(problem)).containsExactly(field);
        assertThat(problem.get("errors").get(0).get("message").asString()).startsWith(message);
        assertThat(problem.get("detail").asString()).contains("'" + field + "'");
    }

    @Test
    void aMenteeChoosesWhichSensitiveFieldsProposedMentorsSee() {
        ProfilesHttp.Registered amina = http().registerAndLogIn("Amina Khan", "MENTEE");

        JsonNode created = json(http().post("/api/mentees", amina.bearer(), MINIMAL).getBody());
        assertThat(created.get("sharedWithMentors").toString()).as("absent shares nothing").isEqualTo("[]");

        ResponseEntity<String> sharing = http().putIfMatch("/api/mentees/me", amina.bearer(), "\"1\"",
                with(MINIMAL, "sharedWithMentors", "[\"VISA_NEED\",\"MATCH_ATTEMPTS\"]"));
        assertThat(sharing.getStatusCode().value()).as(sharing.getBody()).isEqualTo(200);
        assertThat(json(sharing.getBody()).get("sharedWithMentors").toString()).isEqualTo("[\"MATCH_ATTEMPTS\",\"VISA_NEED\"]");
        JsonNode visaOnly = json(http().putIfMatch("/api/mentees/me", amina.bearer(), "\"2\"",
                with(MINIMAL, "sharedWithMentors", "[\"VISA_NEED\"]")).getBody());
        assertThat(visaOnly.get("sharedWithMentors").toString()).isEqualTo("[\"VISA_NEED\"]");
        JsonNode nothing = json(http().putIfMatch("/api/mentees/me", amina.bearer(), "\"3\"", MINIMAL).getBody());
        assertThat(nothing.get("sharedWithMentors").toString()).isEqualTo("[]");

        assertThat(publishedFor(amina, 4)).extracting(snapshot -> snapshot.get("sharedWithMentors").toString())
                .containsExactly("[]", "[\"MATCH_ATTEMPTS\",\"VISA_NEED\"]", "[\"VISA_NEED\"]", "[]");
    }

    @Test
    void anUnknownSensitiveFieldIsNamed() {
        ProfilesHttp.Registered mentee = http().registerAndLogIn("Careful", "MENTEE");

        assertNamed(mentee, with(MINIMAL, "sharedWithMentors", "[\"PHONE_NUMBER\"]"), "sharedWithMentors[0]",
                "must be one of MATCH_ATTEMPTS, VISA_NEED");
        assertNamed(mentee, with(MINIMAL, "sharedWithMentors", "[null]"), "sharedWithMentors[0]", "");
        assertNamed(mentee, with(MINIMAL, "sharedWithMentors", "{\"a\":1}"), "sharedWithMentors", "must be a list");
    }

    @Test
    void aMenteeChoosesWhetherRecommendedForumsInviteThemOrJoinThemAndEveryChoiceIsPublished() {
        ProfilesHttp.Registered amina = http().registerAndLogIn("Amina Khan", "MENTEE");
        ProfilesHttp.Registered bilal = http().registerAndLogIn("Bilal Ahmed", "MENTEE");
        String joiningAutomatically = with(MINIMAL, "forumJoining", "\"JOIN_AUTOMATICALLY\"");

        assertThat(json(http().post("/api/mentees", amina.bearer(), MINIMAL).getBody()).get("forumJoining").asString())
                .as("left out: invited").isEqualTo("INVITE");
        assertThat(json(http().get("/api/mentees/me", amina.bearer()).getBody()).get("forumJoining").asString()).isEqualTo("INVITE");
        assertThat(json(http().post("/api/mentees", bilal.bearer(), joiningAutomatically).getBody()).get("forumJoining").asString())
                .isEqualTo("JOIN_AUTOMATICALLY");

        ResponseEntity<String> changed = http().putIfMatch("/api/mentees/me", amina.bearer(), "\"1\"", joiningAutomatically);
        assertThat(changed.getStatusCode().value()).as(changed.getBody()).isEqualTo(200);
        assertThat(changed.getHeaders().getETag()).as("the choice alone is a change").isEqualTo("\"2\"");
        assertThat(json(http().get("/api/mentees/me", amina.bearer()).getBody()).get("forumJoining").asString())
                .isEqualTo("JOIN_AUTOMATICALLY");
        // PUT replaces the whole path: left out, the choice is back to its default, as every optional field is
        JsonNode leftOut = json(http().putIfMatch("/api/mentees/me", amina.bearer(), "\"2\"", MINIMAL).getBody());
        assertThat(leftOut.get("forumJoining").asString()).isEqualTo("INVITE");

        assertThat(publishedFor(amina, 3)).extracting(s -> s.get("change").asString() + " " + s.get("version").asLong() + " "
                + s.get("forumJoining").asString()).containsExactly("REGISTERED 1 INVITE", "UPDATED 2 JOIN_AUTOMATICALLY",
                "UPDATED 3 INVITE");
        assertThat(publishedFor(bilal, 1)).extracting(s -> s.get("forumJoining").asString()).containsExactly("JOIN_AUTOMATICALLY");
    }

    @Test
    void anUnknownForumJoiningIsNamedAndChangesNothing() {
        ProfilesHttp.Registered mentee = http().registerAndLogIn("Undecided", "MENTEE");
        assertNamed(mentee, with(MINIMAL, "forumJoining", "\"SOMETIMES\""), "forumJoining",
                "must be one of INVITE, JOIN_AUTOMATICALLY");
        problem(http().get("/api/mentees/me", mentee.bearer()), 404);
        http().post("/api/mentees", mentee.bearer(), with(MINIMAL, "forumJoining", "\"JOIN_AUTOMATICALLY\""));

        // 1 and "1" are positions, not names: Jackson would read them as JOIN_AUTOMATICALLY if profiles let it
        for (String invalid : List.of("\"join_automatically\"", "\"\"", "1", "\"1\"", "true", "{\"joining\":\"INVITE\"}")) {
            JsonNode refused = problem(http().putIfMatch("/api/mentees/me", mentee.bearer(), "\"1\"",
                    with(MINIMAL, "forumJoining", invalid)), 400);
            assertThat(fields(refused)).as(invalid).containsExactly("forumJoining");
        }

        JsonNode mine = json(http().get("/api/mentees/me", mentee.bearer()).getBody());
        assertThat(mine.get("version").asLong()).isEqualTo(1);
        assertThat(mine.get("forumJoining").asString()).isEqualTo("JOIN_AUTOMATICALLY");
        assertThat(publishedFor(mentee, 1)).extracting(s -> s.get("change").asString()).containsExactly("REGISTERED");
    }

    @Test
    void aProfileStoredBeforeTheChoiceExistedIsInvited() {
        ProfilesHttp.Registered early = http().registerAndLogIn("Early Bird", "MENTEE");
        http().post("/api/mentees", early.bearer(), with(MINIMAL, "forumJoining", "\"JOIN_AUTOMATICALLY\""));
        // the document as profiles wrote it before the choice existed
        assertThat(mongo.updateFirst(Query.query(Criteria.where("_id").is(early.accountId())),
                new Update().unset("path.forumJoining"), Mentee.COLLECTION).getModifiedCount()).isEqualTo(1);

        assertThat(json(http().get("/api/mentees/me", early.bearer()).getBody()).get("forumJoining").asString()).isEqualTo("INVITE");
        http().put("/api/mentees/me/status", early.bearer(), "{\"status\":\"PAUSED\"}");
        assertThat(publishedFor(early, 2)).extracting(s -> s.get("version").asLong() + " " + s.get("forumJoining").asString())
                .containsExactly("1 JOIN_AUTOMATICALLY", "2 INVITE");
    }

    @Test
    void aMenteeChangesTheirStatusAndEveryChangeIsPublished() {
        ProfilesHttp.Registered amina = http().registerAndLogIn("Amina Khan", "MENTEE");
        http().post("/api/mentees", amina.bearer(), MINIMAL);

        ResponseEntity<String> paused = http().put("/api/mentees/me/status", amina.bearer(), "{\"status\":\"PAUSED\"}");
        assertThat(paused.getStatusCode().value()).as(paused.getBody()).isEqualTo(200);
        assertThat(json(paused.getBody()).get("status").asString()).isEqualTo("PAUSED");
        assertThat(paused.getHeaders().getETag()).isEqualTo("\"2\"");
        assertThat(http().put("/api/mentees/me/status", amina.bearer(), "{\"status\":\"PAUSED\"}").getHeaders().getETag())
                .as("the same status again changes nothing").isEqualTo("\"2\"");
        assertThat(http().put("/api/mentees/me/status", amina.bearer(), "{\"status\":\"WITHDRAWN\"}").getStatusCode().value())
                .isEqualTo(200);
        JsonNode refused = problem(http().put("/api/mentees/me/status", amina.bearer(), "{\"status\":\"MATCHED\"}"), 409);
        assertThat(refused.get("detail").asString()).contains("from WITHDRAWN you may choose SEEKING");
        problem(http().put("/api/mentees/me/status", amina.bearer(), "{\"status\":\"PAIRED\"}"), 409);
        problem(http().putIfMatch("/api/mentees/me/status", amina.bearer(), "\"1\"", "{\"status\":\"SEEKING\"}"), 409);
        assertThat(http().putIfMatch("/api/mentees/me/status", amina.bearer(), "\"3\"", "{\"status\":\"SEEKING\"}")
                .getStatusCode().value()).isEqualTo(200);
        assertThat(http().put("/api/mentees/me/status", amina.bearer(), "{\"status\":\"MATCHED\"}").getStatusCode().value())
                .isEqualTo(200);

        assertThat(publishedFor(amina, 5)).extracting(s -> s.get("change").asString() + " " + s.get("status").asString()
                + " " + s.get("version").asLong()).containsExactly("REGISTERED SEEKING 1", "STATUS_CHANGED PAUSED 2",
                "WITHDRAWN WITHDRAWN 3", "STATUS_CHANGED SEEKING 4", "STATUS_CHANGED MATCHED 5");
        assertThat(json(http().get("/api/mentees/me", amina.bearer()).getBody()).get("status").asString()).isEqualTo("MATCHED");
    }

    @Test
    void aStatusMustBeNamedFromTheVocabulary() {
        ProfilesHttp.Registered mentee = http().registerAndLogIn("Unsure", "MENTEE");
        http().post("/api/mentees", mentee.bearer(), MINIMAL);

        assertThat(fields(problem(http().put("/api/mentees/me/status", mentee.bearer(), "{}"), 400))).containsExactly("status");
        assertThat(fields(problem(http().put("/api/mentees/me/status", mentee.bearer(), "{\"status\":\"HAPPY\"}"), 400)))
                .containsExactly("status");
        assertThat(fields(problem(http().put("/api/mentees/me/status", mentee.bearer(), "{\"status\":\"PAUSED\",\"why\":1}"), 400)))
                .containsExactly("why");
        assertThat(json(http().get("/api/mentees/me", mentee.bearer()).getBody()).get("version").asLong()).isEqualTo(1);
    }

    private List<JsonNode> publishedFor(ProfilesHttp.Registered mentee, int count) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(events().read(Topics.MENTEES,
                record -> mentee.accountId().equals(record.key()), Duration.ofSeconds(5))).hasSize(count));
        return events().read(Topics.MENTEES, record -> mentee.accountId().equals(record.key()), Duration.ofSeconds(5))
                .stream().map(record -> json(record.value())).toList();
    }

    static List<String> fields(JsonNode problem) {
        assertThat(problem.has("errors")).as(problem.toString()).isTrue();
        return problem.get("errors").valueStream().map(error -> error.get("field").asString()).toList();
    }
}
