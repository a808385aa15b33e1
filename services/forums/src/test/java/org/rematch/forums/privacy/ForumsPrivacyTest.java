package org.rematch.forums.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.rematch.testsupport.Http.json;

import java.time.Duration;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.rematch.contracts.Topics;
import org.rematch.contracts.accounts.AccountSnapshot;
import org.rematch.kit.outbox.OutboxEvent;
import org.rematch.testsupport.StoredDocuments;
import org.rematch.testsupport.RematchServiceTest;
import org.rematch.testsupport.ServiceTestBase;
import org.rematch.testsupport.TestTokens;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.JsonNode;

/** Erasure anonymises forums (they are shared); the export lists the forums the person created or moderates. */
@RematchServiceTest
class ForumsPrivacyTest extends ServiceTestBase {

    private String forumBy(String token) {
        ResponseEntity<String> created = http().post("/api/forums", token,
                "{\"name\":\"Forum " + UUID.randomUUID() + "\",\"tags\":[\"specialty:IM\"]}");
        assertThat(created.getStatusCode().value()).isEqualTo(201);
        return json(created).get("forumId").asString();
    }

    private void appoint(String forumId, String accountId) {
        assertThat(http().post("/api/forums/" + forumId + "/moderators", TestTokens.bearer(UUID.randomUUID().toString(), "ADMIN"),
                "{\"accountId\":\"" + accountId + "\"}").getStatusCode().value()).isEqualTo(200);
    }

    @Test
    void anErasedModeratorVanishesFromEveryForumDocumentButTheForumsStay() {
        String erased = UUID.randomUUID().toString();
        String colleague = UUID.randomUUID().toString();
        String created = forumBy(TestTokens.bearer(erased, "MODERATOR"));
        String appointedTo = forumBy(TestTokens.bearer(colleague, "MODERATOR"));
        appoint(created, colleague);
        appoint(appointedTo, erased);

        String eventId = events().tombstone(Topics.ACCOUNTS, erased, AccountSnapshot.class);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(StoredDocuments.mentioning(mongo, erased)).isEmpty());
        assertThat(mongo.exists(Query.query(Criteria.where("_id").is("forums.account-erasure:" + eventId)), "processed_events")).isTrue();
        String reader = TestTokens.bearer(colleague, "MENTEE");
        JsonNode first = json(http().get("/api/forums/" + created, reader));
        JsonNode second = json(http().get("/api/forums/" + appointedTo, reader));
        assertThat(first.get("createdBy").isNull()).isTrue();
        assertThat(first.get("moderators").valueStream().map(JsonNode::asString)).containsExactly(colleague);
        assertThat(second.get("createdBy").asString()).isEqualTo(colleague);
        assertThat(second.get("moderators").valueStream().map(JsonNode::asString)).containsExactly(colleague);
        assertThat(http().post("/api/forums/" + created + "/archive", TestTokens.bearer(erased, "MODERATOR"), null)
                .getStatusCode().value()).isEqualTo(403);
        assertThat(http().post("/api/forums/" + created + "/archive", TestTokens.bearer(colleague, "MODERATOR"), null)
                .getStatusCode().value()).isEqualTo(200);
    }

    @Test
    void aRedeliveredOrRepeatedTombstoneChangesNothingMore() {
        String erased = UUID.randomUUID().toString();
        String forumId = forumBy(TestTokens.bearer(erased, "MODERATOR"));
        String first = events().tombstone(Topics.ACCOUNTS, erased, AccountSnapshot.class);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(StoredDocuments.mentioning(mongo, erased)).isEmpty());
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                mongo.findById(forumId, Document.class, "forums").getList(OutboxEvent.FIELD, Document.class)).isEmpty());
        Document before = mongo.findById(forumId, Document.class, "forums");

        events().publish(Topics.ACCOUNTS, erased, org.rematch.contracts.EventTypes.typeOf(AccountSnapshot.class), null, first);
        String second = events().tombstone(Topics.ACCOUNTS, erased, AccountSnapshot.class);

        await().atMost(Duration.ofSeconds(30)).until(() -> mongo.exists(
                Query.query(Criteria.where("_id").is("forums.account-erasure:" + second)), "processed_events"));
        assertThat(mongo.findById(forumId, Document.class, "forums")).isEqualTo(before);
    }

    @Test
    void theExportListsTheForumsTheCallerCreatedOrModeratesAndNothingOfOthers() {
        String moderatorId = UUID.randomUUID().toString();
        String colleague = UUID.randomUUID().toString();
        String created = forumBy(TestTokens.bearer(moderatorId, "MODERATOR"));
        String appointedTo = forumBy(TestTokens.bearer(colleague, "MODERATOR"));
        String unrelated = forumBy(TestTokens.bearer(colleague, "MODERATOR"));
        appoint(appointedTo, moderatorId);
        appoint(created, colleague);

        ResponseEntity<String> response = http().get("/api/personal-data", TestTokens.bearer(moderatorId, "MODERATOR"));

        assertThat(response.getStatusCode().value()).isEqualTo(200);
        JsonNode export = json(response);
        assertThat(export.get("service").asString()).isEqualTo("forums");
        assertThat(export.get("accountId").asString()).isEqualTo(moderatorId);
        JsonNode forums = export.get("data").get("forums");
        assertThat(forums.findValuesAsString("forumId")).containsExactlyInAnyOrder(created, appointedTo).doesNotContain(unrelated);
        for (JsonNode forum : forums) {
            boolean mine = forum.get("forumId").asString().equals(created);
            assertThat(forum.get("createdByYou").asBoolean()).isEqualTo(mine);
            assertThat(forum.get("moderatedByYou").asBoolean()).isTrue();
            assertThat(forum.get("name").asString()).startsWith("Forum ");
        }
        assertThat(response.getBody()).doesNotContain(colleague);

        JsonNode someoneElse = json(http().get("/api/personal-data", TestTokens.bearer(UUID.randomUUID().toString(), "MENTEE")));
        assertThat(someoneElse.get("data").get("forums")).isEmpty();
    }
}
