package org.rematch.forums.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rematch.forums.ForumsHttp.admin;
import static org.rematch.forums.ForumsHttp.body;
import static org.rematch.forums.ForumsHttp.mentee;
import static org.rematch.forums.ForumsHttp.mentor;
import static org.rematch.forums.ForumsHttp.moderator;
import static org.rematch.forums.ForumsHttp.newId;
import static org.rematch.forums.ForumsHttp.postPath;
import static org.rematch.forums.ForumsHttp.postsPath;
import static org.rematch.forums.ForumsHttp.threadPath;
import static org.rematch.forums.ForumsHttp.threadsPath;
import static org.rematch.testsupport.Http.json;
import static org.rematch.testsupport.Http.problem;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rematch.forums.ForumsHttp;
import org.rematch.forums.MutableClock;
import org.rematch.testsupport.RematchServiceTest;
import org.rematch.testsupport.ServiceTestBase;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Moderation actions over HTTP: mutes that end by themselves, bans, suspensions, locked threads, hidden posts, and who may. */
@RematchServiceTest
class ModerationActionsApiTest extends ServiceTestBase {

    @Autowired
    MutableClock clock;

    private String moderatorId;
    private String mod;
    private String forumId;
    private String aminaId;
    private String amina;
    private String bilal;
    private String threadId;
    private String postId;

    @Override
    protected ForumsHttp http() {
        return new ForumsHttp(port);
    }

    @BeforeEach
    void aForumWithTwoMembersAndAThread() {
        moderatorId = newId();
        mod = moderator(moderatorId);
        forumId = http().forumBy(mod);
        aminaId = newId();
        amina = mentee(aminaId);
        bilal = mentor(newId());
        http().join(forumId, amina);
        http().join(forumId, bilal);
        JsonNode thread = http().startThread(forumId, bilal, "Interview season", "How is everyone holding up?");
        threadId = thread.get("threadId").asString();
        postId = thread.get("openingPost").get("postId").asString();
    }

    private String members(String accountId) {
        return "/forums/" + forumId + "/members/" + accountId;
    }

    @Test
    void aMutedMemberCannotPostReplyOrEditUntilTheMuteEndsByItself() {
        String aminasPost = http().reply(forumId, threadId, amina, "Not well, honestly").get("postId").asString();
        JsonNode entry = http().acted(members(aminaId) + "/mute", mod, "reason", "Please cool down after yesterday's thread",
                "duration", "PT1H");
        assertThat(entry.get("action").asString()).isEqualTo("MEMBER_MUTED");
        Instant until = Instant.parse(entry.get("until").asString());
        assertThat(Duration.between(Instant.parse(entry.get("at").asString()), until)).isEqualTo(Duration.ofHours(1));

        JsonNode refused = problem(http().post(postsPath(forumId, threadId), amina, body("body", "still here")), 403);
        assertThat(refused.get("reason").asString()).isEqualTo("MUTED");
        assertThat(refused.get("moderatorReason").asString()).isEqualTo("Please cool down after yesterday's thread");
        assertThat(Instant.parse(refused.get("until").asString())).isEqualTo(until);
        assertThat(refused.get("detail").asString()).contains("muted");
        problem(http().post(threadsPath(forumId), amina, body("title", "New thread", "body", "x")), 403);
        problem(http().put(postPath(forumId, threadId, aminasPost), amina, body("body", "edited")), 403);
        assertThat(http().get(postsPath(forumId, threadId), amina).getStatusCode().value()).as("still reads").isEqualTo(200);
        http().reply(forumId, threadId, bilal, "others still post");

        clock.advance(Duration.ofMinutes(59));
        problem(http().post(postsPath(forumId, threadId), amina, body("body", "almost")), 403);
        clock.advance(Duration.ofMinutes(2));

        assertThat(http().reply(forumId, threadId, amina, "Back, and calmer").get("body").asString()).isEqualTo("Back, and calmer");
    }

    @Test
    void aMuteLiftedEarlyEndsAtOnceAndBadDurationsAreRefused() {
        assertThat(problem(http().act(members(aminaId) + "/mute", mod, "reason", "x", "duration", "PT10M"), 400)
                .get("errors").findValuesAsString("field")).containsExactly("duration");
        assertThat(problem(http().act(members(aminaId) + "/mute", mod, "duration", "PT1H"), 400)
                .get("errors").findValuesAsString("field")).containsExactly("reason");
        http().acted(members(aminaId) + "/mute", mod, "reason", "Off-topic flood", "duration", "P7D");
        problem(http().post(postsPath(forumId, threadId), amina, body("body", "x")), 403);

        http().acted(members(aminaId) + "/unmute", mod, "reason", "Apologised");

        http().reply(forumId, threadId, amina, "Sorry everyone");
        assertThat(problem(http().act(members(aminaId) + "/unmute", mod, "reason", "again"), 409).get("reason").asString())
                .isEqualTo("NO_CHANGE");
    }

    @Test
    void aBannedMemberLeavesTheForumCannotRejoinOrPostUntilTheBanIsLifted() {
        int before = http().memberCount(forumId);
        http().acted(members(aminaId) + "/ban", mod, "reason", "Selling fake observerships");

        assertThat(http().memberCount(forumId)).isEqualTo(before - 1);
        problem(http().get("/api/forums/" + forumId + "/members/me", amina), 404);
        JsonNode refused = problem(http().post("/api/forums/" + forumId + "/members/me", amina, null), 403);
        assertThat(refused.get("reason").asString()).isEqualTo("BANNED");
        assertThat(refused.get("moderatorReason").asString()).isEqualTo("Selling fake observerships");
        assertThat(refused.get("until").isNull()).isTrue();
        assertThat(problem(http().post(postsPath(forumId, threadId), amina, body("body", "x")), 403).get("reason").asString())
                .isEqualTo("BANNED");

        http().acted(members(aminaId) + "/unban", mod, "reason", "Appeal accepted");
        http().join(forumId, amina);
        http().reply(forumId, threadId, amina, "Thank you");
    }

    @Test
    void onlyAnAdminSuspendsAndASuspendedPersonWritesInNoForum() {
        String otherForum = http().forumBy(moderator(newId()));
        http().join(otherForum, amina);
        http().join(otherForum, bilal);
        String otherThread = http().startThread(otherForum, bilal, "Elsewhere", "hi").get("threadId").asString();

        problem(http().act("/accounts/" + aminaId + "/suspend", mod, "reason", "fraud"), 403);
        JsonNode entry = http().acted("/accounts/" + aminaId + "/suspend", admin(), "reason", "Fraud across forums",
                "until", Instant.now().plus(Duration.ofDays(400)).toString());
        assertThat(entry.get("forumId").isNull()).isTrue();

        for (String[] where : List.of(new String[] {forumId, threadId}, new String[] {otherForum, otherThread})) {
            assertThat(problem(http().post(postsPath(where[0], where[1]), amina, body("body", "x")), 403).get("reason").asString())
                    .isEqualTo("SUSPENDED");
        }
        problem(http().post("/api/forums/" + http().forumBy(moderator(newId())) + "/members/me", amina, null), 403);
        http().acted("/accounts/" + aminaId + "/unsuspend", admin(), "reason", "Identity confirmed");
        http().reply(forumId, threadId, amina, "hello again");
    }

    @Test
    void aLockedThreadTakesNoRepliesOrEditsFromAnyoneUntilUnlocked() {
        String thread = "/forums/" + forumId + "/threads/" + threadId;
        http().acted(thread + "/lock", mod, "reason", "Discussion ran its course");

        JsonNode refused = problem(http().post(postsPath(forumId, threadId), amina, body("body", "one more thing")), 409);
        assertThat(refused.get("reason").asString()).isEqualTo("THREAD_LOCKED");
        problem(http().post(postsPath(forumId, threadId), mod, body("body", "moderator too")), 409);
        problem(http().put(postPath(forumId, threadId, postId), bilal, body("body", "edit")), 409);
        assertThat(json(http().get(threadPath(forumId, threadId), amina)).get("locked").asBoolean()).isTrue();
        http().startThread(forumId, amina, "A new thread", "other threads are open");
        assertThat(problem(http().act(thread + "/lock", mod, "reason", "again"), 409).get("reason").asString()).isEqualTo("NO_CHANGE");

        http().acted(thread + "/unlock", mod, "reason", "Reopened on request");

        http().reply(forumId, threadId, amina, "thanks");
        assertThat(json(http().get(threadPath(forumId, threadId), amina)).get("locked").asBoolean()).isFalse();
    }

    @Test
    void aModeratorHidesRestoresAndDeletesPostsAndReadersSeeWhatHappened() {
        String post = "/forums/" + forumId + "/posts/" + postId;
        http().acted(post + "/hide", mod, "reason", "Shares someone's exam score");
        JsonNode hidden = json(http().get(threadPath(forumId, threadId), amina)).get("openingPost");
        assertThat(hidden.get("hidden").asBoolean()).isTrue();
        assertThat(hidden.get("body").isNull()).isTrue();
        assertThat(hidden.get("notice").asString()).isEqualTo("Hidden by a moderator");
        assertThat(json(http().get(threadPath(forumId, threadId), bilal)).get("openingPost").get("body").asString())
                .as("its author").isEqualTo("How is everyone holding up?");

        http().acted(post + "/restore", mod, "reason", "Author removed the score");
        assertThat(json(http().get(threadPath(forumId, threadId), amina)).get("openingPost").get("hidden").asBoolean()).isFalse();

        http().acted(post + "/delete", admin(), "reason", "Off-topic advertising");
        JsonNode deleted = json(http().get(threadPath(forumId, threadId), bilal)).get("openingPost");
        assertThat(deleted.get("deleted").asBoolean()).isTrue();
        assertThat(deleted.get("body").isNull()).isTrue();
        assertThat(deleted.get("notice").asString()).isEqualTo("Removed by a moderator");
        assertThat(problem(http().act(post + "/hide", mod, "reason", "x"), 409).get("reason").asString()).isEqualTo("POST_DELETED");
    }

    @Test
    void nobodyButTheForumsModeratorsAndAdminsModeratesIt() {
        String post = "/forums/" + forumId + "/posts/" + postId;
        for (String outsider : List.of(amina, bilal, moderator(newId()))) {
            problem(http().act(post + "/hide", outsider, "reason", "I don't like it"), 403);
            problem(http().act(members(aminaId) + "/mute", outsider, "reason", "x", "duration", "PT1H"), 403);
            problem(http().act("/forums/" + forumId + "/threads/" + threadId + "/lock", outsider, "reason", "x"), 403);
            problem(http().get("/api/moderation/forums/" + forumId + "/settings", outsider), 403);
        }
        problem(http().act(post + "/hide", null, "reason", "x"), 401);
        assertThat(problem(http().act(members(moderatorId) + "/ban", admin(), "reason", "x"), 403).get("reason").asString())
                .isEqualTo("TARGET_IS_MODERATOR");
        assertThat(problem(http().act(post + "/hide", mod), 400).get("errors").findValuesAsString("field")).containsExactly("reason");
        problem(http().act(post + "/hide", mod, "reason", "x".repeat(501)), 400);
        problem(http().post("/api/moderation" + post + "/hide", mod, null), 400);
        problem(http().act("/forums/" + forumId + "/posts/" + newId() + "/hide", mod, "reason", "x"), 404);
        problem(http().act("/forums/" + newId() + "/posts/" + postId + "/hide", mod, "reason", "x"), 404);
        assertThat(json(http().get(threadPath(forumId, threadId), amina)).get("openingPost").get("hidden").asBoolean()).isFalse();
    }
}
