package org.rematch.forums.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.rematch.forums.ForumsHttp.admin;
import static org.rematch.forums.ForumsHttp.mentee;
import static org.rematch.forums.ForumsHttp.mentor;
import static org.rematch.forums.ForumsHttp.moderator;
import static org.rematch.forums.ForumsHttp.newId;
import static org.rematch.forums.ForumsHttp.threadPath;
import static org.rematch.testsupport.Http.json;

import java.time.Duration;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.rematch.contracts.Topics;
import org.rematch.contracts.accounts.AccountSnapshot;
import org.rematch.forums.ForumsHttp;
import org.rematch.testsupport.RematchServiceTest;
import org.rematch.testsupport.ServiceTestBase;
import org.rematch.testsupport.StoredDocuments;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import tools.jackson.databind.JsonNode;

/**
 * Reports and sanctions are personal data: the export shows a person their own reports and the sanctions against them;
 * erasure keeps reports counting without the reporter and keeps every audit entry with the person's id replaced.
 */
@RematchServiceTest
class ModerationPrivacyTest extends ServiceTestBase {

    @Override
    protected ForumsHttp http() {
        return new ForumsHttp(port);
    }

    @Test
    void theExportShowsTheCallersReportsAndTheSanctionsAgainstThemButNoOtherReporterOrModerator() {
        String moderatorId = newId();
        String forumId = http().forumBy(moderator(moderatorId));
        String aminaId = newId();
        String otherReporterId = newId();
        String bilalId = newId();
        http().join(forumId, mentee(aminaId));
        http().join(forumId, mentee(otherReporterId));
        http().join(forumId, mentor(bilalId));
        JsonNode thread = http().startThread(forumId, mentor(bilalId), "Cheap observerships", "Only $3,000");
        String threadId = thread.get("threadId").asString();
        String postId = thread.get("openingPost").get("postId").asString();
        http().reportPost(forumId, threadId, postId, mentee(aminaId), "MISINFORMATION", "fake observerships");
        http().reportPost(forumId, threadId, postId, mentee(otherReporterId), "SPAM", "other reporter's note");
        http().acted("/forums/" + forumId + "/members/" + bilalId + "/mute", moderator(moderatorId), "reason", "Advertising",
                "duration", "P3D");

        JsonNode aminas = json(http().get("/api/personal-data", mentee(aminaId)));
        JsonNode bilals = json(http().get("/api/personal-data", mentor(bilalId)));
        JsonNode moderators = json(http().get("/api/personal-data", moderator(moderatorId)));

        JsonNode report = aminas.get("data").get("reports").get(0);
        assertThat(aminas.get("data").get("reports")).hasSize(1);
        assertThat(report.get("reason").asString()).isEqualTo("MISINFORMATION");
        assertThat(report.get("note").asString()).isEqualTo("fake observerships");
        assertThat(report.get("targetId").asString()).isEqualTo(postId);
        assertThat(aminas.toString()).doesNotContain(otherReporterId, "other reporter's note");
        JsonNode sanction = bilals.get("data").get("sanctions").get(0);
        assertThat(sanction.get("kind").asString()).isEqualTo("MUTE");
        assertThat(sanction.get("reason").asString()).isEqualTo("Advertising");
        assertThat(sanction.get("until").isNull()).isFalse();
        assertThat(sanction.get("active").asBoolean()).isTrue();
        assertThat(bilals.toString()).doesNotContain(moderatorId, aminaId, otherReporterId);
        assertThat(moderators.get("data").get("moderationActions").findValuesAsString("action")).containsExactly("MEMBER_MUTED");
        assertThat(moderators.get("data").get("moderationActions").toString()).doesNotContain(bilalId);
    }

    @Test
    void erasureKeepsReportsCountingWithoutTheReporterAndKeepsTheAuditEntriesWithAMarker() {
        String moderatorId = newId();
        String forumId = http().forumBy(moderator(moderatorId));
        String erasedId = newId();
        String authorId = newId();
        List<String> others = List.of(newId(), newId());
        http().join(forumId, mentee(erasedId));
        http().join(forumId, mentor(authorId));
        others.forEach(id -> http().join(forumId, mentee(id)));
        JsonNode thread = http().startThread(forumId, mentor(authorId), "Rude thread", "insults");
        String threadId = thread.get("threadId").asString();
        String postId = thread.get("openingPost").get("postId").asString();
        http().reportPost(forumId, threadId, postId, mentee(erasedId), "HARASSMENT", "about me");
        http().reportPost(forumId, threadId, postId, mentee(others.get(0)), "HARASSMENT", null);
        http().acted("/forums/" + forumId + "/members/" + erasedId + "/mute", moderator(moderatorId), "reason", "heated", "duration", "PT1H");
        http().acted("/accounts/" + erasedId + "/suspend", admin(), "reason", "fraud");
        long entries = mongo.count(new Query(), "moderation_audit");

        String eventId = events().tombstone(Topics.ACCOUNTS, erasedId, AccountSnapshot.class);

        await().atMost(Duration.ofSeconds(30)).until(() -> handled("forums.account-erasure", eventId));
        assertThat(StoredDocuments.mentioning(mongo, erasedId)).isEmpty();
        assertThat(mongo.count(new Query(), "moderation_audit")).as("no entry removed").isEqualTo(entries);
        assertThat(mongo.find(Query.query(Criteria.where("subjectId").is("[erased]")), Document.class, "moderation_audit"))
                .extracting(d -> d.getString("action")).contains("MEMBER_MUTED", "ACCOUNT_SUSPENDED");

        http().reportPost(forumId, threadId, postId, mentee(others.get(1)), "HARASSMENT", null);

        JsonNode asReader = json(http().get(threadPath(forumId, threadId), mentee(newId()))).get("openingPost");
        assertThat(asReader.get("hidden").asBoolean()).as("the erased person's report still counts towards three").isTrue();
    }
}
