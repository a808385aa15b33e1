package org.rematch.forums.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rematch.forums.ForumsHttp.admin;
import static org.rematch.forums.ForumsHttp.body;
import static org.rematch.forums.ForumsHttp.mentee;
import static org.rematch.forums.ForumsHttp.moderator;
import static org.rematch.forums.ForumsHttp.newId;
import static org.rematch.testsupport.Http.json;
import static org.rematch.testsupport.Http.problem;

import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.rematch.forums.ForumsHttp;
import org.rematch.testsupport.RematchServiceTest;
import org.rematch.testsupport.ServiceTestBase;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpMethod;
import tools.jackson.databind.JsonNode;

/** The audit log records every action with who, what, why and when, newest first, and nobody can change it. */
@RematchServiceTest
class AuditLogApiTest extends ServiceTestBase {

    @Override
    protected ForumsHttp http() {
        return new ForumsHttp(port);
    }

    @Test
    void everyActionIsLoggedWithActorTargetForumReasonAndTimeNewestFirst() {
        String moderatorId = newId();
        String mod = moderator(moderatorId);
        String forumId = http().forumBy(mod);
        String aminaId = newId();
        http().join(forumId, mentee(aminaId));
        JsonNode thread = http().startThread(forumId, mentee(aminaId), "Visa questions", "J1 or H1B?");
        String threadId = thread.get("threadId").asString();
        String postId = thread.get("openingPost").get("postId").asString();
        String forum = "/forums/" + forumId;

        http().acted(forum + "/posts/" + postId + "/hide", mod, "reason", "r1");
        http().acted(forum + "/posts/" + postId + "/restore", mod, "reason", "r2");
        http().acted(forum + "/threads/" + threadId + "/lock", mod, "reason", "r3");
        http().acted(forum + "/threads/" + threadId + "/unlock", mod, "reason", "r4");
        http().acted(forum + "/members/" + aminaId + "/mute", mod, "reason", "r5", "duration", "PT2H");
        http().acted(forum + "/members/" + aminaId + "/unmute", mod, "reason", "r6");
        http().acted(forum + "/members/" + aminaId + "/ban", mod, "reason", "r7", "until", "2099-01-01T00:00:00Z");
        http().acted(forum + "/members/" + aminaId + "/unban", mod, "reason", "r8");
        assertThat(http().put("/api/moderation" + forum + "/settings", mod,
                "{\"slowModePostsPerMinute\":2,\"holdFirstDayPosts\":true,\"reason\":\"r9\"}").getStatusCode().value()).isEqualTo(200);
        http().acted(forum + "/posts/" + postId + "/delete", admin(), "reason", "r10");

        JsonNode log = json(http().get("/api/moderation/audit?forumId=" + forumId + "&size=50", mod));

        assertThat(log.get("total").asInt()).isEqualTo(10);
        assertThat(log.get("items").findValuesAsString("action")).containsExactly("POST_DELETED", "SETTINGS_CHANGED", "MEMBER_UNBANNED",
                "MEMBER_BANNED", "MEMBER_UNMUTED", "MEMBER_MUTED", "THREAD_UNLOCKED", "THREAD_LOCKED", "POST_RESTORED", "POST_HIDDEN");
        assertThat(log.get("items").findValuesAsString("reason")).containsExactly("r10", "r9", "r8", "r7", "r6", "r5", "r4", "r3", "r2", "r1");
        JsonNode muted = log.get("items").get(5);
        assertThat(muted.get("actorId").asString()).isEqualTo(moderatorId);
        assertThat(muted.get("forumId").asString()).isEqualTo(forumId);
        assertThat(muted.get("targetKind").asString()).isEqualTo("MEMBER");
        assertThat(muted.get("targetId").asString()).isEqualTo(aminaId);
        assertThat(muted.get("until").isNull()).isFalse();
        assertThat(muted.get("at").isNull()).isFalse();
        assertThat(log.get("items").get(3).get("until").asString()).isEqualTo("2099-01-01T00:00:00Z");
        assertThat(log.get("items").get(1).get("detail").asString()).isEqualTo("slow mode 2 per minute, first-day hold on");
        assertThat(log.get("items").get(9).get("subjectId").asString()).isEqualTo(aminaId);
        assertThat(json(http().get("/api/moderation/audit?forumId=" + forumId + "&page=1&size=3", mod)).get("items")
                .findValuesAsString("reason")).containsExactly("r7", "r6", "r5");
    }

    @Test
    void nobodyCanChangeOrDeleteTheLogThroughTheApi() {
        String mod = moderator(newId());
        String forumId = http().forumBy(mod);
        String aminaId = newId();
        http().join(forumId, mentee(aminaId));
        http().acted("/forums/" + forumId + "/members/" + aminaId + "/mute", mod, "reason", "evidence", "duration", "PT1H");
        String path = "/api/moderation/audit?forumId=" + forumId;
        JsonNode before = json(http().get(path, mod));
        String entryId = before.get("items").get(0).get("entryId").asString();

        for (String token : List.of(mod, admin())) {
            for (HttpMethod method : List.of(HttpMethod.PUT, HttpMethod.DELETE, HttpMethod.POST, HttpMethod.PATCH)) {
                int status = http().exchange(method, path, token, body("reason", "rewritten")).getStatusCode().value();
                assertThat(status).as(method + " on the log").isIn(403, 405);
                int onEntry = http().exchange(method, "/api/moderation/audit/" + entryId, token, body("reason", "x")).getStatusCode().value();
                assertThat(onEntry).as(method + " on an entry").isIn(403, 404, 405);
            }
        }
        assertThat(http().exchange(HttpMethod.DELETE, path, mentee(aminaId), null).getStatusCode().value()).isIn(403, 405);

        assertThat(json(http().get(path, mod))).isEqualTo(before);
        Document stored = mongo.findOne(Query.query(Criteria.where("_id").is(entryId)), Document.class, "moderation_audit");
        assertThat(stored.getString("reason")).isEqualTo("evidence");
    }

    @Test
    void moderatorsReadTheLogsOfTheirForumsAdminsAllAndOthersNone() {
        String mod = moderator(newId());
        String forumId = http().forumBy(mod);
        String aminaId = newId();
        http().join(forumId, mentee(aminaId));
        String entryId = http().acted("/forums/" + forumId + "/members/" + aminaId + "/mute", mod, "reason", "x", "duration", "PT1H")
                .get("entryId").asString();
        String suspension = http().acted("/accounts/" + newId() + "/suspend", admin(), "reason", "spam everywhere").get("entryId").asString();
        String outsider = moderator(newId());

        assertThat(problem(http().get("/api/moderation/audit?forumId=" + forumId, outsider), 403).get("reason").asString())
                .isEqualTo("NOT_A_MODERATOR");
        assertThat(json(http().get("/api/moderation/audit?size=50", outsider)).get("items").findValuesAsString("entryId"))
                .doesNotContain(entryId, suspension);
        assertThat(json(http().get("/api/moderation/audit?size=50", mod)).get("items").findValuesAsString("entryId"))
                .contains(entryId).doesNotContain(suspension);
        assertThat(json(http().get("/api/moderation/audit?size=50", admin())).get("items").findValuesAsString("entryId"))
                .contains(entryId, suspension);
        problem(http().get("/api/moderation/audit", mentee(aminaId)), 403);
        problem(http().get("/api/moderation/audit", null), 401);
        problem(http().get("/api/moderation/audit?forumId=" + newId(), mod), 404);
    }
}
