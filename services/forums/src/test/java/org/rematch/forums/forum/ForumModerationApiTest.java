package org.rematch.forums.forum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.rematch.testsupport.FixtureShape.assertSameShape;
import static org.rematch.testsupport.Http.json;
import static org.rematch.testsupport.Http.problem;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.rematch.contracts.Topics;
import org.rematch.contracts.forums.ForumSnapshot;
import org.rematch.contracts.forums.ForumState;
import org.rematch.testsupport.Http;
import org.rematch.testsupport.RematchServiceTest;
import org.rematch.testsupport.ServiceTestBase;
import org.rematch.testsupport.TestTokens;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.JsonNode;

/** Moderators change, archive and reopen only the forums they moderate; admins all; admins appoint moderators. */
@RematchServiceTest
class ForumModerationApiTest extends ServiceTestBase {

    private static String moderator(String id) {
        return TestTokens.bearer(id, "MODERATOR");
    }

    private static String admin() {
        return TestTokens.bearer(UUID.randomUUID().toString(), "ADMIN");
    }

    private static String body(String name, String... tags) {
        return "{\"name\":\"%s\",\"description\":\"about %s\",\"tags\":[%s]}".formatted(name, name,
                String.join(",", java.util.Arrays.stream(tags).map(t -> "\"" + t + "\"").toList()));
    }

    private String forumBy(String token) {
        ResponseEntity<String> created = http().post("/api/forums", token, body("Forum " + UUID.randomUUID(), "specialty:IM"));
        assertThat(created.getStatusCode().value()).isEqualTo(201);
        return json(created).get("forumId").asString();
    }

    @Test
    void theCreatingModeratorModeratesTheForumAndAnAdminCreatorDoesNotJoinTheSet() {
        String moderatorId = UUID.randomUUID().toString();

        JsonNode byModerator = json(http().get("/api/forums/" + forumBy(moderator(moderatorId)), moderator(moderatorId)));
        JsonNode byAdmin = json(http().get("/api/forums/" + forumBy(admin()), moderator(moderatorId)));

        assertThat(byModerator.get("moderators").valueStream().map(JsonNode::asString)).containsExactly(moderatorId);
        assertThat(byAdmin.get("moderators")).isEmpty();
    }

    @Test
    void itsModeratorEditsArchivesAndReopensAForumAndEachChangeIsPublishedWithARisingVersion() {
        String moderatorId = UUID.randomUUID().toString();
        String forumId = forumBy(moderator(moderatorId));
        String newName = "Renamed " + UUID.randomUUID();

        ResponseEntity<String> edited = http().put("/api/forums/" + forumId, moderator(moderatorId), body(newName, "specialty:fm", "visa:J1"));
        ResponseEntity<String> archived = http().post("/api/forums/" + forumId + "/archive", moderator(moderatorId), null);
        ResponseEntity<String> reopened = http().post("/api/forums/" + forumId + "/reopen", moderator(moderatorId), null);

        assertThat(edited.getStatusCode().value()).isEqualTo(200);
        assertThat(json(edited).get("name").asString()).isEqualTo(newName);
        assertThat(json(edited).get("description").asString()).isEqualTo("about " + newName);
        assertThat(json(edited).get("tags").valueStream().map(JsonNode::asString)).containsExactly("specialty:FM", "visa:J1");
        assertThat(json(archived).get("state").asString()).isEqualTo("ARCHIVED");
        assertThat(json(reopened).get("state").asString()).isEqualTo("OPEN");

        await().atMost(Duration.ofSeconds(30)).until(() -> snapshots(forumId, Duration.ofSeconds(2)).size() == 4);
        List<ForumSnapshot> published = snapshots(forumId, Duration.ofSeconds(5)).stream()
                .peek(record -> assertSameShape(record.value(), ForumSnapshot.class))
                .map(record -> Http.JSON.readValue(record.value(), ForumSnapshot.class)).toList();
        assertThat(published).extracting(ForumSnapshot::version).containsExactly(1L, 2L, 3L, 4L);
        assertThat(published.get(1)).isEqualTo(new ForumSnapshot(forumId, 2, newName, Set.of("specialty:FM", "visa:J1"), ForumState.OPEN, 0));
        assertThat(published).extracting(ForumSnapshot::state)
                .containsExactly(ForumState.OPEN, ForumState.OPEN, ForumState.ARCHIVED, ForumState.OPEN);
    }

    @Test
    void itsModeratorLocksAForumAndReopensItAndBothArePublished() {
        String moderatorId = UUID.randomUUID().toString();
        String forumId = forumBy(moderator(moderatorId));

        problem(http().post("/api/forums/" + forumId + "/lock", moderator(UUID.randomUUID().toString()), null), 403);
        ResponseEntity<String> locked = http().post("/api/forums/" + forumId + "/lock", moderator(moderatorId), null);
        JsonNode again = problem(http().post("/api/forums/" + forumId + "/lock", admin(), null), 409);
        ResponseEntity<String> reopened = http().post("/api/forums/" + forumId + "/reopen", moderator(moderatorId), null);

        assertThat(locked.getStatusCode().value()).isEqualTo(200);
        assertThat(json(locked).get("state").asString()).isEqualTo("LOCKED");
        assertThat(again.get("detail").asString()).contains("already locked");
        assertThat(json(reopened).get("state").asString()).isEqualTo("OPEN");
        http().post("/api/forums/" + forumId + "/archive", moderator(moderatorId), null);
        assertThat(problem(http().post("/api/forums/" + forumId + "/lock", moderator(moderatorId), null), 409)
                .get("detail").asString()).contains("reopen");
        problem(http().post("/api/forums/" + UUID.randomUUID() + "/lock", admin(), null), 404);
        await().atMost(Duration.ofSeconds(30)).until(() -> snapshots(forumId, Duration.ofSeconds(2)).size() == 4);
        assertThat(snapshots(forumId, Duration.ofSeconds(2))).extracting(record -> Http.JSON.readValue(record.value(), ForumSnapshot.class))
                .extracting(ForumSnapshot::state)
                .containsExactly(ForumState.OPEN, ForumState.LOCKED, ForumState.OPEN, ForumState.ARCHIVED);
    }

    @Test
    void anotherModeratorIsForbiddenAndChangesNothingWhileAnAdminMayChangeAnyForum() {
        String forumId = forumBy(moderator(UUID.randomUUID().toString()));
        String intruder = moderator(UUID.randomUUID().toString());

        JsonNode refused = problem(http().put("/api/forums/" + forumId, intruder, body("Hijacked " + UUID.randomUUID(), "goal:x")), 403);
        problem(http().post("/api/forums/" + forumId + "/archive", intruder, null), 403);
        assertThat(refused.get("detail").asString()).contains("do not moderate");
        assertThat(json(http().get("/api/forums/" + forumId, intruder)).get("state").asString()).isEqualTo("OPEN");

        assertThat(json(http().post("/api/forums/" + forumId + "/archive", admin(), null)).get("state").asString()).isEqualTo("ARCHIVED");
        problem(http().post("/api/forums/" + forumId + "/reopen", intruder, null), 403);
        assertThat(json(http().post("/api/forums/" + forumId + "/reopen", admin(), null)).get("state").asString()).isEqualTo("OPEN");
    }

    @Test
    void menteesAndMentorsModerateNothing() {
        String forumId = forumBy(moderator(UUID.randomUUID().toString()));

        for (String role : List.of("MENTEE", "MENTOR")) {
            String token = TestTokens.bearer(UUID.randomUUID().toString(), role);
            problem(http().put("/api/forums/" + forumId, token, body("Mine " + UUID.randomUUID(), "goal:x")), 403);
            problem(http().post("/api/forums/" + forumId + "/archive", token, null), 403);
            problem(http().post("/api/forums/" + forumId + "/reopen", token, null), 403);
            problem(http().post("/api/forums/" + forumId + "/lock", token, null), 403);
            problem(http().post("/api/forums/" + forumId + "/moderators", token, "{\"accountId\":\"x\"}"), 403);
        }
    }

    @Test
    void anAdminAppointsAModeratorWhoThenModeratesTheForumButModeratorsCannotAppoint() {
        String forumId = forumBy(moderator(UUID.randomUUID().toString()));
        String appointee = UUID.randomUUID().toString();
        problem(http().post("/api/forums/" + forumId + "/archive", moderator(appointee), null), 403);

        problem(http().post("/api/forums/" + forumId + "/moderators", moderator(appointee), "{\"accountId\":\"" + appointee + "\"}"), 403);
        ResponseEntity<String> appointed = http().post("/api/forums/" + forumId + "/moderators", admin(), "{\"accountId\":\"" + appointee + "\"}");
        ResponseEntity<String> again = http().post("/api/forums/" + forumId + "/moderators", admin(), "{\"accountId\":\"" + appointee + "\"}");

        assertThat(appointed.getStatusCode().value()).isEqualTo(200);
        assertThat(json(again).get("moderators").valueStream().map(JsonNode::asString).filter(appointee::equals)).hasSize(1);
        assertThat(json(again).get("moderators")).hasSize(2);
        assertThat(json(http().post("/api/forums/" + forumId + "/archive", moderator(appointee), null)).get("state").asString())
                .isEqualTo("ARCHIVED");
    }

    @Test
    void changesTheForumsStateDoesNotAllowAreConflicts() {
        String moderatorId = UUID.randomUUID().toString();
        String forumId = forumBy(moderator(moderatorId));

        assertThat(problem(http().post("/api/forums/" + forumId + "/reopen", moderator(moderatorId), null), 409)
                .get("detail").asString()).contains("already open");
        http().post("/api/forums/" + forumId + "/archive", moderator(moderatorId), null);
        problem(http().post("/api/forums/" + forumId + "/archive", moderator(moderatorId), null), 409);
        assertThat(problem(http().put("/api/forums/" + forumId, moderator(moderatorId), body("Late " + UUID.randomUUID(), "goal:x")), 409)
                .get("detail").asString()).contains("reopen");
    }

    @Test
    void renamingToANameAnotherForumHasIsAConflict() {
        String moderatorId = UUID.randomUUID().toString();
        String taken = "Taken " + UUID.randomUUID();
        http().post("/api/forums", moderator(moderatorId), body(taken, "goal:x"));
        String forumId = forumBy(moderator(moderatorId));

        assertThat(problem(http().put("/api/forums/" + forumId, moderator(moderatorId), body(taken.toUpperCase(), "goal:x")), 409)
                .get("detail").asString()).contains("already exists");
    }

    @Test
    void unknownForumsAre404AndBadBodiesAre400NamingTheField() {
        String unknown = "/api/forums/" + UUID.randomUUID();
        problem(http().put(unknown, admin(), body("Ghost " + UUID.randomUUID(), "goal:x")), 404);
        problem(http().post(unknown + "/archive", admin(), null), 404);
        problem(http().post(unknown + "/reopen", moderator(UUID.randomUUID().toString()), null), 404);
        problem(http().post(unknown + "/moderators", admin(), "{\"accountId\":\"a\"}"), 404);

        String moderatorId = UUID.randomUUID().toString();
        String forumId = forumBy(moderator(moderatorId));
        assertThat(problem(http().put("/api/forums/" + forumId, moderator(moderatorId), "{\"name\":\" \",\"tags\":[\"hobby:chess\"]}"), 400)
                .get("errors").findValuesAsString("field")).contains("name").anySatisfy(field -> assertThat(field).startsWith("tags"));
        assertThat(problem(http().post("/api/forums/" + forumId + "/moderators", admin(), "{\"accountId\":\"\"}"), 400)
                .get("errors").findValuesAsString("field")).containsExactly("accountId");
        problem(http().post("/api/forums/" + forumId + "/moderators", admin(), "{\"accountId\":"), 400);
    }

    @Test
    void withoutATokenNothingAnswersButHealthAndApiDocs() {
        String forumId = forumBy(moderator(UUID.randomUUID().toString()));

        problem(http().put("/api/forums/" + forumId, null, body("Anon " + UUID.randomUUID(), "goal:x")), 401);
        problem(http().post("/api/forums/" + forumId + "/archive", null, null), 401);
        problem(http().post("/api/forums/" + forumId + "/reopen", null, null), 401);
        problem(http().post("/api/forums/" + forumId + "/moderators", null, "{\"accountId\":\"a\"}"), 401);
        problem(http().get("/api/personal-data", null), 401);
        problem(http().get("/api/unknown", null), 401);
        assertThat(http().get("/actuator/health", null).getStatusCode().value()).isEqualTo(200);
        assertThat(http().get("/v3/api-docs", null).getStatusCode().value()).isEqualTo(200);
    }

    private List<ConsumerRecord<String, String>> snapshots(String forumId, Duration timeout) {
        return events().read(Topics.FORUMS, record -> forumId.equals(record.key()) && record.value() != null, timeout);
    }
}
