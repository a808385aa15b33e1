package org.rematch.forums.forum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rematch.testsupport.Http.json;
import static org.rematch.testsupport.Http.problem;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.rematch.testsupport.RematchServiceTest;
import org.rematch.testsupport.ServiceTestBase;
import org.rematch.testsupport.TestTokens;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.JsonNode;

@RematchServiceTest
class ForumApiTest extends ServiceTestBase {

    private static String moderator(String id) {
        return TestTokens.bearer(id, "MODERATOR");
    }

    private static String anyone() {
        return TestTokens.bearer(UUID.randomUUID().toString(), "MENTEE");
    }

    private static String forum(String name, String... tags) {
        return "{\"name\":\"%s\",\"tags\":[%s]}".formatted(name, String.join(",", java.util.Arrays.stream(tags).map(t -> "\"" + t + "\"").toList()));
    }

    @Test
    void aModeratorCreatesATaggedForumThatEveryoneCanRead() {
        String moderatorId = UUID.randomUUID().toString();
        String name = "IM reapplicants from Pakistan " + UUID.randomUUID();

        ResponseEntity<String> created = http().post("/api/forums", moderator(moderatorId),
                "{\"name\":\"" + name + "\",\"description\":\"Peers reapplying to IM\",\"tags\":[\"specialty:im\",\"country:PK\",\"visa:J1\"]}");

        assertThat(created.getStatusCode().value()).isEqualTo(201);
        JsonNode forum = json(created);
        String forumId = forum.get("forumId").asString();
        assertThat(UUID.fromString(forumId)).isNotNull();
        assertThat(created.getHeaders().getLocation()).hasToString("/api/forums/" + forumId);
        assertThat(forum.get("name").asString()).isEqualTo(name);
        assertThat(forum.get("description").asString()).isEqualTo("Peers reapplying to IM");
        assertThat(forum.get("tags").valueStream().map(JsonNode::asString)).containsExactly("country:PK", "specialty:IM", "visa:J1");
        assertThat(forum.get("state").asString()).isEqualTo("OPEN");
        assertThat(forum.get("memberCount").asInt()).isZero();
        assertThat(forum.get("createdBy").asString()).isEqualTo(moderatorId);

        ResponseEntity<String> read = http().get("/api/forums/" + forumId, anyone());
        assertThat(read.getStatusCode().value()).isEqualTo(200);
        assertThat(json(read)).isEqualTo(forum);
    }

    @Test
    void rulesAreKeptAsWrittenAndShownAsSafeHtml() {
        String moderator = moderator(UUID.randomUUID().toString());
        String rules = "1. **Be kind.** We have all been here.\\n2. No [guaranteed match](javascript:alert(1)) offers.\\n\\n<script>alert(2)</script>";

        ResponseEntity<String> created = http().post("/api/forums", moderator,
                "{\"name\":\"Rules " + UUID.randomUUID() + "\",\"rules\":\"" + rules + "\",\"tags\":[\"specialty:IM\"]}");

        assertThat(created.getStatusCode().value()).isEqualTo(201);
        JsonNode forum = json(http().get("/api/forums/" + json(created).get("forumId").asString(), anyone()));
        assertThat(forum.get("rules").asString()).startsWith("1. **Be kind.**").contains("<script>");
        assertThat(forum.get("rulesHtml").asString())
                .contains("<strong>Be kind.</strong>", "<ol>")
                .doesNotContain("<script", "javascript:");
    }

    @Test
    void rulesAreChangedByAnEditAndTooLongRulesAreNamed() {
        String moderator = moderator(UUID.randomUUID().toString());
        String name = "Edited rules " + UUID.randomUUID();
        String forumId = json(http().post("/api/forums", moderator, forum(name, "specialty:FM"))).get("forumId").asString();

        ResponseEntity<String> edited = http().put("/api/forums/" + forumId, moderator,
                "{\"name\":\"" + name + "\",\"rules\":\"Stay on topic.\",\"tags\":[\"specialty:FM\"]}");
        ResponseEntity<String> tooLong = http().put("/api/forums/" + forumId, moderator,
                "{\"name\":\"" + name + "\",\"rules\":\"" + "r".repeat(5001) + "\",\"tags\":[\"specialty:FM\"]}");

        assertThat(json(edited).get("rulesHtml").asString()).isEqualTo("<p>Stay on topic.</p>");
        problem(tooLong, 400);
        assertThat(json(tooLong).get("errors").findValuesAsString("field")).containsExactly("rules");
        assertThat(json(http().get("/api/forums/" + forumId, anyone())).get("rules").asString()).isEqualTo("Stay on topic.");
    }

    @Test
    void anAdminMayCreateForumsToo() {
        ResponseEntity<String> created = http().post("/api/forums", TestTokens.bearer(UUID.randomUUID().toString(), "ADMIN"),
                forum("Admin forum " + UUID.randomUUID(), "goal:research"));

        assertThat(created.getStatusCode().value()).isEqualTo(201);
        assertThat(json(created).get("description").isNull()).isTrue();
    }

    @Test
    void aSecondForumWithTheSameNameInAnyCaseIsAConflict() {
        String name = "Family Medicine " + UUID.randomUUID();
        assertThat(http().post("/api/forums", moderator(UUID.randomUUID().toString()), forum(name, "specialty:FM"))
                .getStatusCode().value()).isEqualTo(201);

        ResponseEntity<String> again = http().post("/api/forums", moderator(UUID.randomUUID().toString()),
                forum("  " + name.toUpperCase() + " ", "specialty:FM"));

        problem(again, 409);
        assertThat(json(again).get("detail").asString()).contains("already exists");
    }

    @Test
    void badFieldsAreAProblemNamingEachField() {
        ResponseEntity<String> response = http().post("/api/forums", moderator(UUID.randomUUID().toString()),
                "{\"name\":\" \",\"description\":\"" + "d".repeat(501) + "\",\"tags\":[\"hobby:chess\"]}");

        problem(response, 400);
        assertThat(json(response).get("errors").findValuesAsString("field"))
                .contains("name", "description")
                .anySatisfy(field -> assertThat(field).startsWith("tags"));
    }

    @Test
    void missingOrTooManyTagsAndTooLongNamesAreNamed() {
        String moderator = moderator(UUID.randomUUID().toString());

        ResponseEntity<String> noTags = http().post("/api/forums", moderator, "{\"name\":\"No tags " + UUID.randomUUID() + "\"}");
        ResponseEntity<String> emptyTags = http().post("/api/forums", moderator, forum("Empty " + UUID.randomUUID()));
        ResponseEntity<String> elevenTags = http().post("/api/forums", moderator, forum("Eleven " + UUID.randomUUID(),
                "cycle:1", "cycle:2", "cycle:3", "cycle:4", "cycle:5", "cycle:6", "cycle:7", "cycle:8", "cycle:9", "cycle:10", "cycle:11"));
        ResponseEntity<String> longName = http().post("/api/forums", moderator, forum("n".repeat(81), "specialty:IM"));

        for (ResponseEntity<String> response : java.util.List.of(noTags, emptyTags, elevenTags)) {
            problem(response, 400);
            assertThat(json(response).get("errors").findValuesAsString("field")).containsExactly("tags");
        }
        problem(longName, 400);
        assertThat(json(longName).get("errors").findValuesAsString("field")).containsExactly("name");
    }

    @Test
    void malformedJsonAndWrongTypesAreProblemsNotServerErrors() {
        String moderator = moderator(UUID.randomUUID().toString());

        problem(http().post("/api/forums", moderator, "{\"name\": "), 400);
        ResponseEntity<String> wrongType = http().post("/api/forums", moderator, "{\"name\":\"x\",\"tags\":\"specialty:IM\"}");
        assertThat(wrongType.getStatusCode().value()).isEqualTo(400);
        assertThat(wrongType.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void withoutATokenEverythingIs401() {
        problem(http().post("/api/forums", null, forum("Anonymous " + UUID.randomUUID(), "specialty:IM")), 401);
        problem(http().get("/api/forums", null), 401);
        problem(http().get("/api/forums/" + UUID.randomUUID(), null), 401);
    }

    @Test
    void menteesAndMentorsCannotCreateForums() {
        problem(http().post("/api/forums", TestTokens.bearer(UUID.randomUUID().toString(), "MENTEE"),
                forum("Mentee forum " + UUID.randomUUID(), "specialty:IM")), 403);
        problem(http().post("/api/forums", TestTokens.bearer(UUID.randomUUID().toString(), "MENTOR"),
                forum("Mentor forum " + UUID.randomUUID(), "specialty:IM")), 403);
    }

    @Test
    void anUnknownForumIsAProblem404() {
        ResponseEntity<String> response = http().get("/api/forums/" + UUID.randomUUID(), anyone());

        problem(response, 404);
        assertThat(json(response).get("detail").asString()).contains("No forum");
    }

    @Test
    void forumsCanBeFilteredByOneTagInAnyCaseOfItsCode() {
        String goal = "goal:g" + UUID.randomUUID().toString().substring(0, 8);
        String moderator = moderator(UUID.randomUUID().toString());
        String withGoalAndIm = json(http().post("/api/forums", moderator, forum("A " + UUID.randomUUID(), goal, "specialty:IM"))).get("forumId").asString();
        String withGoalOnly = json(http().post("/api/forums", moderator, forum("B " + UUID.randomUUID(), goal))).get("forumId").asString();
        String withoutGoal = json(http().post("/api/forums", moderator, forum("C " + UUID.randomUUID(), "specialty:IM"))).get("forumId").asString();

        ResponseEntity<String> byGoal = http().get("/api/forums?tag=" + goal, anyone());
        ResponseEntity<String> byIm = http().get("/api/forums?tag=specialty:im", anyone());
        ResponseEntity<String> all = http().get("/api/forums", anyone());

        assertThat(byGoal.getStatusCode().value()).isEqualTo(200);
        assertThat(json(byGoal).findValuesAsString("forumId")).containsExactlyInAnyOrder(withGoalAndIm, withGoalOnly);
        assertThat(json(byIm).findValuesAsString("forumId")).contains(withGoalAndIm, withoutGoal).doesNotContain(withGoalOnly);
        assertThat(json(all).findValuesAsString("forumId")).contains(withGoalAndIm, withGoalOnly, withoutGoal);
    }

    @Test
    void aTagFilterThatIsNotAPathTagIsAProblemNamingIt() {
        ResponseEntity<String> response = http().get("/api/forums?tag=hobby:chess", anyone());

        problem(response, 400);
        assertThat(json(response).get("errors").findValuesAsString("field")).containsExactly("tag");
    }
}
