package org.rematch.forums.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rematch.forums.ForumsHttp.admin;
import static org.rematch.forums.ForumsHttp.body;
import static org.rematch.forums.ForumsHttp.mentee;
import static org.rematch.forums.ForumsHttp.mentor;
import static org.rematch.forums.ForumsHttp.moderator;
import static org.rematch.forums.ForumsHttp.newId;
import static org.rematch.forums.ForumsHttp.postsPath;
import static org.rematch.forums.ForumsHttp.threadPath;
import static org.rematch.testsupport.Http.json;
import static org.rematch.testsupport.Http.problem;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rematch.forums.ForumsHttp;
import org.rematch.testsupport.RematchServiceTest;
import org.rematch.testsupport.ServiceTestBase;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.JsonNode;

/** Reports over HTTP: the threshold hides a post, a repeat counts once, self-harm is urgent, and the queue shows it all. */
@RematchServiceTest
class ReportApiTest extends ServiceTestBase {

    private String moderatorId;
    private String forumId;
    private String aminaId;
    private String amina;
    private List<String> reporterIds;
    private List<String> reporters;
    private String threadId;
    private String postId;

    @Override
    protected ForumsHttp http() {
        return new ForumsHttp(port);
    }

    @BeforeEach
    void aForumWithAnAuthorAndThreeOtherMembers() {
        moderatorId = newId();
        forumId = http().forumBy(moderator(moderatorId));
        aminaId = newId();
        amina = mentee(aminaId);
        http().join(forumId, amina);
        reporterIds = List.of(newId(), newId(), newId());
        reporters = List.of(mentee(reporterIds.get(0)), mentor(reporterIds.get(1)), mentee(reporterIds.get(2)));
        reporters.forEach(reporter -> http().join(forumId, reporter));
        JsonNode thread = http().startThread(forumId, amina, "Guaranteed match program", "Pay me $5,000 and you **will** match.");
        threadId = thread.get("threadId").asString();
        postId = thread.get("openingPost").get("postId").asString();
    }

    private JsonNode opening(String token) {
        return json(http().get(threadPath(forumId, threadId), token)).get("openingPost");
    }

    @Test
    void threeDistinctReportersHideThePostFromReadersButNotFromItsAuthorAndModerators() {
        ResponseEntity<String> first = http().reportPost(forumId, threadId, postId, reporters.get(0), "MISINFORMATION", "selling matches");
        assertThat(first.getStatusCode().value()).isEqualTo(201);
        ResponseEntity<String> again = http().reportPost(forumId, threadId, postId, reporters.get(0), "SPAM", null);
        assertThat(again.getStatusCode().value()).as("a repeat is the same report").isEqualTo(200);
        assertThat(json(again).get("reportId").asString()).isEqualTo(json(first).get("reportId").asString());
        assertThat(json(again).get("reason").asString()).isEqualTo("MISINFORMATION");
        assertThat(http().reportPost(forumId, threadId, postId, reporters.get(1), "SPAM", null).getStatusCode().value()).isEqualTo(201);
        assertThat(opening(mentor(newId())).get("hidden").asBoolean()).as("two reporters, one of them twice").isFalse();

        assertThat(http().reportPost(forumId, threadId, postId, reporters.get(2), "spam", null).getStatusCode().value()).isEqualTo(201);

        JsonNode asReader = opening(mentor(newId()));
        assertThat(asReader.get("hidden").asBoolean()).isTrue();
        assertThat(asReader.get("body").isNull()).isTrue();
        assertThat(asReader.get("html").isNull()).isTrue();
        assertThat(asReader.get("notice").asString()).contains("reported");
        JsonNode listed = json(http().get(postsPath(forumId, threadId), reporters.get(0))).get("items").get(0);
        assertThat(listed.get("body").isNull()).isTrue();
        for (String privileged : List.of(amina, moderator(moderatorId), admin())) {
            JsonNode seen = opening(privileged);
            assertThat(seen.get("hidden").asBoolean()).isTrue();
            assertThat(seen.get("body").asString()).startsWith("Pay me");
            assertThat(seen.get("notice").asString()).contains("until a moderator reviews it");
        }
        JsonNode entry = json(http().get("/api/moderation/audit?forumId=" + forumId, moderator(moderatorId))).get("items").get(0);
        assertThat(entry.get("action").asString()).isEqualTo("POST_HIDDEN_BY_REPORTS");
        assertThat(entry.get("actorId").asString()).isEqualTo("system");
        assertThat(entry.get("subjectId").asString()).isEqualTo(aminaId);

        JsonNode item = queueItem(moderator(moderatorId), postId);
        assertThat(item.get("kind").asString()).isEqualTo("REPORTED");
        assertThat(item.get("reportCount").asInt()).isEqualTo(3);
        assertThat(item.get("reasons").valueStream().map(JsonNode::asString)).containsExactly("SPAM", "MISINFORMATION");
        assertThat(item.get("notes").valueStream().map(JsonNode::asString)).containsExactly("selling matches");
        assertThat(item.get("threadTitle").asString()).isEqualTo("Guaranteed match program");
        assertThat(item.get("forumName").asString()).startsWith("Forum ");
        assertThat(item.get("post").get("body").asString()).startsWith("Pay me");
        assertThat(item.get("post").get("hidden").asBoolean()).isTrue();
        assertThat(item.toString()).as("reporters are not named").doesNotContain(reporterIds);
    }

    @Test
    void aSelfHarmReportAnswersWithCrisisResourcesAndGoesToTheTopOfTheQueue() {
        http().reportPost(forumId, threadId, postId, reporters.get(0), "SPAM", null);
        String worrying = http().reply(forumId, threadId, reporters.get(1), "I don't see a way forward any more").get("postId").asString();

        ResponseEntity<String> reported = http().reportPost(forumId, threadId, worrying, reporters.get(2), "SELF_HARM", "please check on them");

        assertThat(reported.getStatusCode().value()).isEqualTo(201);
        JsonNode receipt = json(reported);
        assertThat(receipt.get("urgent").asBoolean()).isTrue();
        assertThat(receipt.get("crisisMessage").asString()).contains("988", "https://findahelpline.com", "emergency");
        assertThat(receipt.get("crisisResources").findValuesAsString("name")).contains("988 Suicide & Crisis Lifeline");
        assertThat(json(http().reportPost(forumId, threadId, postId, reporters.get(1), "SPAM", null)).has("crisisMessage")).isFalse();
        JsonNode first = json(http().get("/api/moderation/queue", moderator(moderatorId))).get("items").get(0);
        assertThat(first.get("targetId").asString()).isEqualTo(worrying);
        assertThat(first.get("urgent").asBoolean()).isTrue();
        assertThat(first.get("reasons").get(0).asString()).isEqualTo("SELF_HARM");
    }

    @Test
    void dismissingTheReportsRestoresAPostTheyHidAndClosesThemAll() {
        reporters.forEach(reporter -> http().reportPost(forumId, threadId, postId, reporter, "HARASSMENT", null));
        String reportId = queueItem(moderator(moderatorId), postId).get("reportIds").get(0).asString();

        problem(http().post("/api/moderation/reports/" + reportId + "/resolve", moderator(moderatorId), body("outcome", "MAYBE", "reason", "x")), 400);
        problem(http().post("/api/moderation/reports/" + reportId + "/resolve", moderator(newId()), body("outcome", "DISMISSED", "reason", "x")), 403);
        JsonNode resolved = json(http().post("/api/moderation/reports/" + reportId + "/resolve", moderator(moderatorId),
                body("outcome", "DISMISSED", "reason", "Strong words, but not harassment")));

        assertThat(resolved.get("resolvedReports").asInt()).isEqualTo(3);
        assertThat(resolved.get("postRestored").asBoolean()).isTrue();
        assertThat(opening(mentor(newId())).get("body").asString()).startsWith("Pay me");
        assertThat(json(http().get("/api/moderation/queue", moderator(moderatorId))).get("items").findValuesAsString("targetId"))
                .doesNotContain(postId);
        assertThat(json(http().get("/api/moderation/audit?forumId=" + forumId, moderator(moderatorId))).get("items")
                .findValuesAsString("action")).containsExactly("POST_RESTORED", "REPORTS_DISMISSED", "POST_HIDDEN_BY_REPORTS");
        assertThat(problem(http().post("/api/moderation/reports/" + reportId + "/resolve", moderator(moderatorId),
                body("outcome", "ACTED", "reason", "again")), 409).get("reason").asString()).isEqualTo("REPORT_RESOLVED");
    }

    @Test
    void membersReportMembersAndOnlyMembersReportAtAll() {
        ResponseEntity<String> reported = http().post("/api/forums/" + forumId + "/members/" + aminaId + "/reports", reporters.get(0),
                body("reason", "HARASSMENT", "note", "keeps messaging people"));
        assertThat(reported.getStatusCode().value()).isEqualTo(201);
        JsonNode item = queueItem(admin(), aminaId);
        assertThat(item.get("targetKind").asString()).isEqualTo("MEMBER");
        assertThat(item.get("memberName").asString()).isEqualTo("Mentee " + aminaId.substring(0, 8));

        assertThat(problem(http().reportPost(forumId, threadId, postId, mentee(newId()), "SPAM", null), 403).get("reason").asString())
                .isEqualTo("NOT_A_MEMBER");
        assertThat(problem(http().reportPost(forumId, threadId, postId, amina, "SPAM", null), 403).get("reason").asString())
                .isEqualTo("OWN_CONTENT");
        problem(http().post("/api/forums/" + forumId + "/members/" + newId() + "/reports", reporters.get(0), body("reason", "SPAM")), 404);
        problem(http().reportPost(forumId, threadId, newId(), reporters.get(0), "SPAM", null), 404);
        assertThat(problem(http().reportPost(forumId, threadId, postId, reporters.get(0), "RUDE", "x".repeat(501)), 400)
                .get("errors").findValuesAsString("field")).containsExactly("reason", "note");
        problem(http().post(ForumsHttp.postPath(forumId, threadId, postId) + "/reports", reporters.get(0), null), 400);
        problem(http().reportPost(forumId, threadId, postId, null, "SPAM", null), 401);
    }

    @Test
    void moderatorsSeeTheQueueOfTheirOwnForumsAdminsAllAndNobodyElseAny() {
        http().reportPost(forumId, threadId, postId, reporters.get(0), "SPAM", null);

        assertThat(json(http().get("/api/moderation/queue", moderator(newId()))).get("items").findValuesAsString("targetId"))
                .doesNotContain(postId);
        assertThat(queueItem(admin(), postId).get("reportCount").asInt()).isEqualTo(1);
        problem(http().get("/api/moderation/queue", amina), 403);
        problem(http().get("/api/moderation/queue", mentor(newId())), 403);
        problem(http().get("/api/moderation/queue", null), 401);
        problem(http().get("/api/moderation/queue?size=0", moderator(moderatorId)), 400);
    }

    @Test
    void theQueueNarrowsToOneForumForItsModeratorsAndAdminsOnly() {
        http().reportPost(forumId, threadId, postId, reporters.get(0), "SPAM", null);
        String otherModerator = moderator(newId());
        String otherForum = http().forumBy(otherModerator);

        JsonNode ours = json(http().get("/api/moderation/queue?forumId=" + forumId, moderator(moderatorId))).get("items");
        JsonNode asAdmin = json(http().get("/api/moderation/queue?forumId=" + forumId, admin())).get("items");

        assertThat(ours.findValuesAsString("targetId")).containsExactly(postId);
        assertThat(asAdmin.findValuesAsString("forumId")).containsOnly(forumId);
        assertThat(json(http().get("/api/moderation/queue?forumId=" + otherForum, otherModerator)).get("items")).isEmpty();
        assertThat(problem(http().get("/api/moderation/queue?forumId=" + forumId, otherModerator), 403).get("reason").asString())
                .isEqualTo("NOT_A_MODERATOR");
        problem(http().get("/api/moderation/queue?forumId=" + newId(), moderator(moderatorId)), 404);
    }

    /** The queue item about {@code targetId}, looked for page by page (an admin's queue holds every test's reports). */
    private JsonNode queueItem(String token, String targetId) {
        for (int page = 0; page < 50; page++) {
            JsonNode items = json(http().get("/api/moderation/queue?size=50&page=" + page, token)).get("items");
            if (items.isEmpty()) {
                break;
            }
            for (JsonNode item : items) {
                if (item.get("targetId").asString().equals(targetId)) {
                    return item;
                }
            }
        }
        throw new AssertionError("no queue item about " + targetId);
    }
}
