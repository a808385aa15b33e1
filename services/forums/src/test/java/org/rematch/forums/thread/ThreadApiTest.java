package org.rematch.forums.thread;

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

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rematch.forums.ForumsHttp;
import org.rematch.testsupport.RematchServiceTest;
import org.rematch.testsupport.ServiceTestBase;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.JsonNode;

/** Threads and posts over HTTP: who writes, what readers get, the order and the pages, and what a forum's state allows. */
@RematchServiceTest
class ThreadApiTest extends ServiceTestBase {

    private String moderatorId;
    private String forumId;
    private String aminaId;
    private String amina;
    private String bilal;

    @Override
    protected ForumsHttp http() {
        return new ForumsHttp(port);
    }

    @BeforeEach
    void aForumWithTwoMembers() {
        moderatorId = newId();
        forumId = http().forumBy(moderator(moderatorId));
        aminaId = newId();
        amina = mentee(aminaId);
        bilal = mentor(newId());
        http().join(forumId, amina);
        http().join(forumId, bilal);
    }

    @Test
    void aMemberStartsAThreadWithItsOpeningPostAndAnyoneSignedInReadsIt() {
        ResponseEntity<String> started = http().post(threadsPath(forumId), amina,
                body("title", "  Step 2 CK retake: how did you prepare?  ", "body", "I scored **low** the first time.\n\n- UWorld\n- NBME"));

        assertThat(started.getStatusCode().value()).isEqualTo(201);
        JsonNode thread = json(started);
        String threadId = thread.get("threadId").asString();
        assertThat(started.getHeaders().getLocation()).hasToString(threadPath(forumId, threadId));
        assertThat(thread.get("forumId").asString()).isEqualTo(forumId);
        assertThat(thread.get("title").asString()).isEqualTo("Step 2 CK retake: how did you prepare?");
        assertThat(thread.get("authorId").asString()).isEqualTo(aminaId);
        assertThat(thread.get("authorName").asString()).isEqualTo("Mentee " + aminaId.substring(0, 8));
        assertThat(thread.get("postCount").asInt()).isEqualTo(1);
        assertThat(thread.get("lastActivityAt").asString()).isEqualTo(thread.get("createdAt").asString());
        assertThat(thread.get("editedAt").isNull()).isTrue();
        JsonNode opening = thread.get("openingPost");
        assertThat(opening.get("body").asString()).isEqualTo("I scored **low** the first time.\n\n- UWorld\n- NBME");
        assertThat(opening.get("html").asString()).isEqualTo("<p>I scored <strong>low</strong> the first time.</p>\n<ul>\n"
                + "<li>UWorld</li>\n<li>NBME</li>\n</ul>");
        assertThat(opening.get("authorId").asString()).isEqualTo(aminaId);
        assertThat(opening.get("deleted").asBoolean()).isFalse();

        ResponseEntity<String> read = http().get(threadPath(forumId, threadId), mentor(newId()));
        assertThat(read.getStatusCode().value()).isEqualTo(200);
        assertThat(json(read)).isEqualTo(thread);
        JsonNode posts = json(http().get(postsPath(forumId, threadId), mentee(newId())));
        assertThat(posts.get("items")).hasSize(1);
        assertThat(posts.get("items").get(0)).isEqualTo(opening);
    }

    @Test
    void postsAreRenderedAndSanitisedAndTheMarkdownIsKeptAsWritten() {
        String markdown = "**Bold** <script>alert(1)</script> [click](javascript:alert(1)) <img src=x onerror=alert(1)> "
                + "[guide](https://example.org/guide)";

        JsonNode opening = http().startThread(forumId, amina, "Sanitised", markdown).get("openingPost");

        assertThat(opening.get("body").asString()).isEqualTo(markdown);
        String html = opening.get("html").asString();
        assertThat(html).contains("<strong>Bold</strong>", "&lt;script&gt;", "<a href=\"https://example.org/guide\"")
                .doesNotContain("<script", "<img", "href=\"javascript");
    }

    @Test
    void repliesReadOldestFirstInPagesAndEachMovesTheThreadToTheTop() {
        String older = http().startThread(forumId, amina, "Older thread", "first").get("threadId").asString();
        JsonNode thread = http().startThread(forumId, bilal, "Newer thread", "opening");
        String newer = thread.get("threadId").asString();
        List<String> replies = IntStream.range(1, 6)
                .mapToObj(i -> http().reply(forumId, newer, i % 2 == 0 ? amina : bilal, "reply " + i).get("postId").asString()).toList();

        JsonNode first = json(http().get(postsPath(forumId, newer) + "?size=2", mentee(newId())));
        JsonNode last = json(http().get(postsPath(forumId, newer) + "?page=2&size=2", mentee(newId())));

        assertThat(first.get("items").findValuesAsString("body")).containsExactly("opening", "reply 1");
        assertThat(first.get("total").asLong()).isEqualTo(6);
        assertThat(first.get("totalPages").asInt()).isEqualTo(3);
        assertThat(last.get("items").findValuesAsString("postId")).containsExactly(replies.get(3), replies.get(4));
        JsonNode newerNow = json(http().get(threadPath(forumId, newer), amina));
        assertThat(newerNow.get("postCount").asInt()).isEqualTo(6);
        assertThat(newerNow.get("lastActivityAt").asString()).isEqualTo(json(http().get(postsPath(forumId, newer) + "?page=5&size=1", amina))
                .get("items").get(0).get("createdAt").asString());

        http().reply(forumId, older, bilal, "bump");

        JsonNode list = json(http().get(threadsPath(forumId), amina));
        assertThat(list.get("items").findValuesAsString("threadId")).containsExactly(older, newer);
        assertThat(list.get("items").get(0).get("postCount").asInt()).isEqualTo(2);
        assertThat(list.get("items").get(0).has("openingPost")).isFalse();
        JsonNode paged = json(http().get(threadsPath(forumId) + "?page=1&size=1", amina));
        assertThat(paged.get("items").findValuesAsString("threadId")).containsExactly(newer);
        assertThat(paged.get("total").asLong()).isEqualTo(2);
    }

    @Test
    void nonMembersCannotPostAndAreToldToJoinWhileTheForumsModeratorsAndAdminsMay() {
        String threadId = http().startThread(forumId, amina, "Members only", "hello").get("threadId").asString();

        for (String outsider : List.of(mentee(newId()), mentor(newId()), moderator(newId()))) {
            JsonNode refused = problem(http().post(threadsPath(forumId), outsider, body("title", "Let me in", "body", "x")), 403);
            assertThat(refused.get("detail").asString()).contains("Join");
            assertThat(refused.get("reason").asString()).isEqualTo("NOT_A_MEMBER");
            problem(http().post(postsPath(forumId, threadId), outsider, body("body", "me too")), 403);
        }
        assertThat(http().reply(forumId, threadId, moderator(moderatorId), "Welcome, please keep it kind").get("authorId").asString())
                .isEqualTo(moderatorId);
        http().startThread(forumId, admin(), "Forum rules", "Be kind.");
        assertThat(json(http().get(threadsPath(forumId), amina)).get("total").asLong()).isEqualTo(2);
    }

    @Test
    void aMemberWhoLeftCannotPostOrEditAnyMoreButMayStillDeleteTheirPosts() {
        JsonNode thread = http().startThread(forumId, amina, "Leaving soon", "my words");
        String threadId = thread.get("threadId").asString();
        String postId = thread.get("openingPost").get("postId").asString();
        http().delete("/api/forums/" + forumId + "/members/me", amina);

        problem(http().post(postsPath(forumId, threadId), amina, body("body", "still here?")), 403);
        problem(http().put(postPath(forumId, threadId, postId), amina, body("body", "changed")), 403);
        assertThat(http().delete(postPath(forumId, threadId, postId), amina).getStatusCode().value()).isEqualTo(204);
    }

    @Test
    void authorsEditTheirOwnPostsAndNobodyElseDoes() {
        JsonNode thread = http().startThread(forumId, amina, "Edits", "first draft");
        String threadId = thread.get("threadId").asString();
        String postId = thread.get("openingPost").get("postId").asString();

        ResponseEntity<String> edited = http().put(postPath(forumId, threadId, postId), amina, body("body", "second *draft*"));

        assertThat(edited.getStatusCode().value()).isEqualTo(200);
        assertThat(json(edited).get("body").asString()).isEqualTo("second *draft*");
        assertThat(json(edited).get("html").asString()).isEqualTo("<p>second <em>draft</em></p>");
        assertThat(json(edited).get("editedAt").isNull()).isFalse();
        assertThat(json(http().get(postsPath(forumId, threadId), bilal)).get("items").get(0)).isEqualTo(json(edited));
        for (String someoneElse : List.of(bilal, moderator(moderatorId), admin())) {
            assertThat(problem(http().put(postPath(forumId, threadId, postId), someoneElse, body("body", "hijacked")), 403)
                    .get("reason").asString()).isEqualTo("NOT_THE_AUTHOR");
        }
        assertThat(json(http().get(threadPath(forumId, threadId), bilal)).get("openingPost").get("body").asString())
                .isEqualTo("second *draft*");
    }

    @Test
    void aDeletedPostKeepsItsPlaceWithoutItsBodyAndOnlyItsAuthorDeletesIt() {
        String threadId = http().startThread(forumId, bilal, "Deletions", "opening").get("threadId").asString();
        String postId = http().reply(forumId, threadId, amina, "something I regret").get("postId").asString();
        http().reply(forumId, threadId, bilal, "a later reply");

        for (String someoneElse : List.of(bilal, moderator(moderatorId), admin())) {
            problem(http().delete(postPath(forumId, threadId, postId), someoneElse), 403);
        }
        assertThat(http().delete(postPath(forumId, threadId, postId), amina).getStatusCode().value()).isEqualTo(204);
        assertThat(http().delete(postPath(forumId, threadId, postId), amina).getStatusCode().value()).isEqualTo(204);

        JsonNode items = json(http().get(postsPath(forumId, threadId), bilal)).get("items");
        assertThat(items.findValuesAsString("postId")).hasSize(3).element(1).isEqualTo(postId);
        JsonNode deleted = items.get(1);
        assertThat(deleted.get("deleted").asBoolean()).isTrue();
        assertThat(deleted.get("body").isNull()).isTrue();
        assertThat(deleted.get("html").isNull()).isTrue();
        assertThat(deleted.get("authorId").asString()).isEqualTo(aminaId);
        assertThat(mongo.findById(postId, org.bson.Document.class, "posts").get("body")).isNull();
        assertThat(problem(http().put(postPath(forumId, threadId, postId), amina, body("body", "undo")), 409).get("reason").asString())
                .isEqualTo("POST_DELETED");
        assertThat(json(http().get(threadPath(forumId, threadId), amina)).get("postCount").asInt()).isEqualTo(3);
    }

    @Test
    void whoStartedAThreadRetitlesItAndNobodyElse() {
        String threadId = http().startThread(forumId, amina, "Tpyo in title", "body").get("threadId").asString();

        ResponseEntity<String> retitled = http().put(threadPath(forumId, threadId), amina, body("title", "Typo in title"));

        assertThat(retitled.getStatusCode().value()).isEqualTo(200);
        assertThat(json(retitled).get("title").asString()).isEqualTo("Typo in title");
        assertThat(json(retitled).get("editedAt").isNull()).isFalse();
        assertThat(json(retitled).get("openingPost").get("body").asString()).isEqualTo("body");
        problem(http().put(threadPath(forumId, threadId), bilal, body("title", "Mine now")), 403);
        problem(http().put(threadPath(forumId, threadId), admin(), body("title", "Admin's now")), 403);
        assertThat(problem(http().put(threadPath(forumId, threadId), amina, body("title", "no")), 400)
                .get("errors").findValuesAsString("field")).containsExactly("title");
    }

    @Test
    void aLockedForumIsReadOnlyUntilReopenedButAuthorsMayStillDelete() {
        JsonNode thread = http().startThread(forumId, amina, "Before the lock", "hello");
        String threadId = thread.get("threadId").asString();
        String postId = thread.get("openingPost").get("postId").asString();
        http().moderate(forumId, moderator(moderatorId), "lock");

        JsonNode refused = problem(http().post(threadsPath(forumId), amina, body("title", "During the lock", "body", "x")), 409);
        assertThat(refused.get("reason").asString()).isEqualTo("FORUM_LOCKED");
        assertThat(refused.get("detail").asString()).contains("locked");
        problem(http().post(postsPath(forumId, threadId), amina, body("body", "reply")), 409);
        problem(http().post(postsPath(forumId, threadId), moderator(moderatorId), body("body", "reply")), 409);
        problem(http().put(postPath(forumId, threadId, postId), amina, body("body", "edit")), 409);
        problem(http().put(threadPath(forumId, threadId), amina, body("title", "Retitled")), 409);
        problem(http().post(threadsPath(forumId), mentee(newId()), body("title", "Outsider", "body", "x")), 409);
        assertThat(http().get(postsPath(forumId, threadId), mentee(newId())).getStatusCode().value()).isEqualTo(200);
        assertThat(http().get(threadsPath(forumId), mentee(newId())).getStatusCode().value()).isEqualTo(200);

        http().moderate(forumId, moderator(moderatorId), "reopen");
        http().reply(forumId, threadId, amina, "after the lock");
        http().moderate(forumId, moderator(moderatorId), "lock");
        assertThat(http().delete(postPath(forumId, threadId, postId), amina).getStatusCode().value()).isEqualTo(204);
    }

    @Test
    void anArchivedForumIsReadableButTakesNoPosts() {
        String threadId = http().startThread(forumId, amina, "Archived soon", "hello").get("threadId").asString();
        http().moderate(forumId, moderator(moderatorId), "archive");

        assertThat(problem(http().post(postsPath(forumId, threadId), amina, body("body", "late")), 409).get("reason").asString())
                .isEqualTo("FORUM_ARCHIVED");
        problem(http().post(threadsPath(forumId), amina, body("title", "Too late", "body", "x")), 409);
        assertThat(json(http().get(postsPath(forumId, threadId), mentor(newId()))).get("items")).hasSize(1);
    }

    @Test
    void badInputIsAProblemNamingTheFieldNeverAServerError() {
        assertThat(problem(http().post(threadsPath(forumId), amina, body("title", "ab", "body", " \n ")), 400)
                .get("errors").findValuesAsString("field")).containsExactly("title", "body");
        assertThat(problem(http().post(threadsPath(forumId), amina, "{}"), 400).get("errors").findValuesAsString("field"))
                .containsExactly("title", "body");
        assertThat(problem(http().post(threadsPath(forumId), amina, "null"), 400).get("errors").findValuesAsString("field"))
                .containsExactly("title", "body");
        assertThat(problem(http().post(threadsPath(forumId), amina, body("title", "t".repeat(201), "body", "b".repeat(20_001))), 400)
                .get("errors").findValuesAsString("field")).containsExactly("title", "body");
        assertThat(problem(http().post(threadsPath(forumId), amina, body("title", "Two\nlines", "body", "x")), 400)
                .get("errors").findValuesAsString("field")).containsExactly("title");
        problem(http().post(threadsPath(forumId), amina, "{\"title\": "), 400);
        problem(http().post(threadsPath(forumId), amina, "{\"title\":[\"x\"],\"body\":\"x\"}"), 400);
        problem(http().post(threadsPath(forumId), amina, null), 400);

        String threadId = http().startThread(forumId, amina, "t".repeat(200), "b".repeat(20_000)).get("threadId").asString();
        assertThat(problem(http().post(postsPath(forumId, threadId), amina, body("body", "")), 400)
                .get("errors").findValuesAsString("field")).containsExactly("body");
        assertThat(problem(http().get(postsPath(forumId, threadId) + "?size=0", amina), 400)
                .get("errors").findValuesAsString("field")).containsExactly("size");
        assertThat(problem(http().get(threadsPath(forumId) + "?page=x", amina), 400)
                .get("errors").findValuesAsString("field")).containsExactly("page");
    }

    @Test
    void unknownForumsThreadsAndPostsAre404AndAThreadIsOnlyFoundUnderItsOwnForum() {
        JsonNode thread = http().startThread(forumId, amina, "Somewhere", "here");
        String threadId = thread.get("threadId").asString();
        String postId = thread.get("openingPost").get("postId").asString();
        String otherForum = http().forumBy(moderator(newId()));
        http().join(otherForum, amina);

        problem(http().get(threadsPath(newId()), amina), 404);
        problem(http().post(threadsPath(newId()), amina, body("title", "Nowhere", "body", "x")), 404);
        problem(http().get(threadPath(forumId, newId()), amina), 404);
        problem(http().get(threadPath(otherForum, threadId), amina), 404);
        problem(http().get(postsPath(otherForum, threadId), amina), 404);
        problem(http().post(postsPath(otherForum, threadId), amina, body("body", "x")), 404);
        problem(http().put(postPath(forumId, threadId, newId()), amina, body("body", "x")), 404);
        problem(http().delete(postPath(otherForum, threadId, postId), amina), 404);
        String otherThread = http().startThread(forumId, amina, "Another", "there").get("threadId").asString();
        problem(http().delete(postPath(forumId, otherThread, postId), amina), 404);
    }

    @Test
    void withoutATokenNothingAnswers() {
        JsonNode thread = http().startThread(forumId, amina, "Private enough", "x");
        String threadId = thread.get("threadId").asString();
        String postId = thread.get("openingPost").get("postId").asString();

        problem(http().get(threadsPath(forumId), null), 401);
        problem(http().post(threadsPath(forumId), null, body("title", "Anon", "body", "x")), 401);
        problem(http().get(threadPath(forumId, threadId), null), 401);
        problem(http().put(threadPath(forumId, threadId), null, body("title", "Anon")), 401);
        problem(http().get(postsPath(forumId, threadId), null), 401);
        problem(http().post(postsPath(forumId, threadId), null, body("body", "x")), 401);
        problem(http().put(postPath(forumId, threadId, postId), null, body("body", "x")), 401);
        problem(http().delete(postPath(forumId, threadId, postId), null), 401);
    }
}
