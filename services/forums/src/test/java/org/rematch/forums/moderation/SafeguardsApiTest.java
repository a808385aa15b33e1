package org.rematch.forums.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rematch.forums.ForumsHttp.body;
import static org.rematch.forums.ForumsHttp.mentee;
import static org.rematch.forums.ForumsHttp.mentor;
import static org.rematch.forums.ForumsHttp.moderator;
import static org.rematch.forums.ForumsHttp.newId;
import static org.rematch.forums.ForumsHttp.postsPath;
import static org.rematch.forums.ForumsHttp.threadPath;
import static org.rematch.forums.ForumsHttp.threadsPath;
import static org.rematch.testsupport.Http.json;
import static org.rematch.testsupport.Http.problem;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rematch.forums.ForumsHttp;
import org.rematch.forums.MutableClock;
import org.rematch.testsupport.RematchServiceTest;
import org.rematch.testsupport.ServiceTestBase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.JsonNode;

/** New-member safeguards: slow mode, and first-day posts held for a moderator's approval. */
@RematchServiceTest
class SafeguardsApiTest extends ServiceTestBase {

    @Autowired
    MutableClock clock;

    private String mod;
    private String forumId;
    private String aminaId;
    private String amina;
    private String bilal;

    @Override
    protected ForumsHttp http() {
        return new ForumsHttp(port);
    }

    @BeforeEach
    void aForumWithAnEstablishedMember() {
        mod = moderator(newId());
        forumId = http().forumBy(mod);
        bilal = mentor(newId());
        http().join(forumId, bilal);
        clock.advance(Duration.ofHours(25));
        aminaId = newId();
        amina = mentee(aminaId);
        http().join(forumId, amina);
    }

    private void settings(int perMinute, boolean hold) {
        ResponseEntity<String> changed = http().put("/api/moderation/forums/" + forumId + "/settings", mod,
                "{\"slowModePostsPerMinute\":" + perMinute + ",\"holdFirstDayPosts\":" + hold + ",\"reason\":\"spam wave\"}");
        assertThat(changed.getStatusCode().value()).as(changed.getBody()).isEqualTo(200);
    }

    @Test
    void slowModeRefusesTheNextPostWithATimeToRetryAndModeratorsAreNotSlowed() {
        String threadId = http().startThread(forumId, bilal, "Slow", "first").get("threadId").asString();
        settings(2, false);
        assertThat(json(http().get("/api/moderation/forums/" + forumId + "/settings", mod)).get("slowModePostsPerMinute").asInt())
                .isEqualTo(2);
        http().reply(forumId, threadId, bilal, "second");

        ResponseEntity<String> refused = http().post(postsPath(forumId, threadId), bilal, body("body", "third"));

        JsonNode problem = problem(refused, 429);
        assertThat(problem.get("reason").asString()).isEqualTo("SLOW_MODE");
        Instant retryAt = Instant.parse(problem.get("retryAt").asString());
        assertThat(retryAt).isAfter(clock.instant()).isBefore(clock.instant().plusSeconds(61));
        assertThat(Long.parseLong(refused.getHeaders().getFirst(HttpHeaders.RETRY_AFTER))).isBetween(1L, 60L);
        problem(http().post(threadsPath(forumId), bilal, body("title", "New one", "body", "x")), 429);
        http().reply(forumId, threadId, amina, "others may still post");
        for (int i = 0; i < 3; i++) {
            http().reply(forumId, threadId, mod, "moderator " + i);
        }

        clock.advance(Duration.ofSeconds(61));
        http().reply(forumId, threadId, bilal, "third, a minute later");
        problem(http().put("/api/moderation/forums/" + forumId + "/settings", mod, "{\"slowModePostsPerMinute\":61}"), 400);
        problem(http().put("/api/moderation/forums/" + forumId + "/settings", bilal,
                "{\"slowModePostsPerMinute\":0,\"holdFirstDayPosts\":false,\"reason\":\"x\"}"), 403);
    }

    @Test
    void aNewcomersFirstDayPostsWaitForApprovalSeenOnlyByThemAndTheModerators() {
        String bilalsThread = http().startThread(forumId, bilal, "Welcome thread", "Say hi").get("threadId").asString();
        settings(0, true);
        assertThat(http().startThread(forumId, bilal, "Established", "not held").get("held").asBoolean()).isFalse();

        JsonNode heldThread = http().startThread(forumId, amina, "Buy my guaranteed match", "DM me");
        JsonNode heldReply = http().reply(forumId, bilalsThread, amina, "Hi, I'm new!");

        assertThat(heldThread.get("held").asBoolean()).isTrue();
        assertThat(heldThread.get("openingPost").get("notice").asString()).contains("approval");
        assertThat(heldReply.get("held").asBoolean()).isTrue();
        String heldThreadId = heldThread.get("threadId").asString();
        String heldReplyId = heldReply.get("postId").asString();
        String reader = mentee(newId());
        assertThat(json(http().get(threadsPath(forumId), reader)).get("items").findValuesAsString("threadId")).doesNotContain(heldThreadId);
        problem(http().get(threadPath(forumId, heldThreadId), reader), 404);
        assertThat(json(http().get(postsPath(forumId, bilalsThread), reader)).get("items").findValuesAsString("postId"))
                .doesNotContain(heldReplyId);
        assertThat(json(http().get(threadPath(forumId, bilalsThread), reader)).get("postCount").asInt()).isEqualTo(1);
        assertThat(json(http().get(threadsPath(forumId), amina)).get("items").findValuesAsString("threadId")).contains(heldThreadId);
        assertThat(json(http().get(postsPath(forumId, bilalsThread), mod)).get("items").findValuesAsString("postId")).contains(heldReplyId);
        JsonNode queue = json(http().get("/api/moderation/queue", mod)).get("items");
        assertThat(queue.findValuesAsString("kind")).containsOnly("AWAITING_APPROVAL");
        assertThat(queue.findValuesAsString("targetId")).contains(heldReplyId, heldThread.get("openingPost").get("postId").asString());

        http().acted("/forums/" + forumId + "/posts/" + heldReplyId + "/approve", mod, "reason", "Friendly hello");
        http().acted("/forums/" + forumId + "/posts/" + heldThread.get("openingPost").get("postId").asString() + "/reject", mod,
                "reason", "Selling matches");

        assertThat(json(http().get(postsPath(forumId, bilalsThread), reader)).get("items").findValuesAsString("postId")).contains(heldReplyId);
        assertThat(json(http().get(threadPath(forumId, bilalsThread), reader)).get("postCount").asInt()).isEqualTo(2);
        problem(http().get(threadPath(forumId, heldThreadId), reader), 404);
        assertThat(json(http().get("/api/moderation/queue", mod)).get("items")).isEmpty();
        assertThat(json(http().get("/api/moderation/audit?forumId=" + forumId, mod)).get("items").findValuesAsString("action"))
                .containsExactly("POST_REJECTED", "POST_APPROVED", "SETTINGS_CHANGED");

        clock.advance(Duration.ofHours(24));
        assertThat(http().reply(forumId, bilalsThread, amina, "a day later").get("held").asBoolean()).isFalse();
    }
}
