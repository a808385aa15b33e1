package org.rematch.forums.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.rematch.forums.ForumsHttp.mentee;
import static org.rematch.forums.ForumsHttp.mentor;
import static org.rematch.forums.ForumsHttp.moderator;
import static org.rematch.forums.ForumsHttp.newId;
import static org.rematch.forums.ForumsHttp.postPath;
import static org.rematch.forums.ForumsHttp.postsPath;
import static org.rematch.forums.ForumsHttp.threadPath;
import static org.rematch.testsupport.Http.json;

import java.time.Duration;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.rematch.contracts.EventTypes;
import org.rematch.contracts.Topics;
import org.rematch.contracts.accounts.AccountSnapshot;
import org.rematch.contracts.forums.ForumSnapshot;
import org.rematch.forums.ForumsHttp;
import org.rematch.testsupport.Http;
import org.rematch.testsupport.RematchServiceTest;
import org.rematch.testsupport.ServiceTestBase;
import org.rematch.testsupport.StoredDocuments;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import tools.jackson.databind.JsonNode;

/**
 * Memberships, threads and posts are personal data: the export lists the caller's own, and erasure removes the
 * memberships and leaves the conversations readable without the person (no id, no name, no words of theirs).
 */
@RematchServiceTest
class ForumsContentPrivacyTest extends ServiceTestBase {

    @Override
    protected ForumsHttp http() {
        return new ForumsHttp(port);
    }

    @Test
    void theExportListsTheCallersMembershipsThreadsAndPostsAndNothingOfOthers() {
        String menteeId = newId();
        String otherId = newId();
        String forumId = http().forumBy(moderator(newId()));
        String otherForum = http().forumBy(moderator(newId()));
        http().join(forumId, mentee(menteeId));
        http().join(forumId, mentor(otherId));
        http().join(otherForum, mentor(otherId));
        JsonNode thread = http().startThread(forumId, mentee(menteeId), "My question", "What *helped* you?");
        String threadId = thread.get("threadId").asString();
        http().reply(forumId, threadId, mentor(otherId), "Their answer, not in my export");
        String regretted = http().reply(forumId, threadId, mentee(menteeId), "Something I took back").get("postId").asString();
        http().delete(postPath(forumId, threadId, regretted), mentee(menteeId));
        http().startThread(otherForum, mentor(otherId), "Their thread", "not mine");

        JsonNode export = json(http().get("/api/personal-data", mentee(menteeId)));

        assertThat(export.get("service").asString()).isEqualTo("forums");
        JsonNode data = export.get("data");
        assertThat(data.get("forums")).isEmpty();
        assertThat(data.get("memberships")).hasSize(1);
        assertThat(data.get("memberships").get(0).get("forumId").asString()).isEqualTo(forumId);
        assertThat(data.get("memberships").get(0).get("forumName").asString()).startsWith("Forum ");
        assertThat(data.get("memberships").get(0).get("displayName").asString()).startsWith("Mentee ");
        assertThat(data.get("memberships").get(0).get("joinedAt").asString()).isNotBlank();
        assertThat(data.get("threads").findValuesAsString("threadId")).containsExactly(threadId);
        assertThat(data.get("threads").get(0).get("title").asString()).isEqualTo("My question");
        JsonNode posts = data.get("posts");
        assertThat(posts.findValuesAsString("postId")).containsExactly(thread.get("openingPost").get("postId").asString(), regretted);
        assertThat(posts.get(0).get("body").asString()).isEqualTo("What *helped* you?");
        assertThat(posts.get(0).get("threadId").asString()).isEqualTo(threadId);
        assertThat(posts.get(1).get("deleted").asBoolean()).isTrue();
        assertThat(posts.get(1).get("body").isNull()).isTrue();
        String body = http().get("/api/personal-data", mentee(menteeId)).getBody();
        assertThat(body).doesNotContain(otherId, "Their answer", "Their thread", otherForum);
    }

    @Test
    void anErasedMemberLeavesTheForumsAndTheirPostsStayInPlaceWithoutThemOrTheirWords() {
        String erasedId = newId();
        String peerId = newId();
        String moderatorId = newId();
        String confided = "my name is Amina " + newId();
        String thanked = "Thanks! " + newId();
        String forumId = http().forumBy(moderator(moderatorId));
        http().join(forumId, mentee(erasedId));
        http().join(forumId, mentor(peerId));
        JsonNode started = http().startThread(forumId, mentee(erasedId), "Visa questions for 2027", "My visa is *J-1* and " + confided);
        String threadId = started.get("threadId").asString();
        String peerReply = http().reply(forumId, threadId, mentor(peerId), "Same here, good luck").get("postId").asString();
        http().reply(forumId, threadId, mentee(erasedId), thanked);
        String peersThread = http().startThread(forumId, mentor(peerId), "Peer's own thread", "hello").get("threadId").asString();
        http().reply(forumId, peersThread, mentee(erasedId), "a reply in someone else's thread");
        assertThat(http().memberCount(forumId)).isEqualTo(2);

        String eventId = events().tombstone(Topics.ACCOUNTS, erasedId, AccountSnapshot.class);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(StoredDocuments.mentioning(mongo, erasedId)).isEmpty());
        await().atMost(Duration.ofSeconds(10)).until(() -> handled("forums.account-erasure", eventId));
        assertThat(StoredDocuments.mentioning(mongo, confided)).isEmpty();
        assertThat(StoredDocuments.mentioning(mongo, thanked)).isEmpty();
        assertThat(StoredDocuments.mentioning(mongo, "Mentee " + erasedId.substring(0, 8))).as("their display name").isEmpty();
        assertThat(http().memberCount(forumId)).isEqualTo(1);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(events()
                .read(Topics.FORUMS, record -> forumId.equals(record.key()), Duration.ofSeconds(2)).getLast().value())
                .satisfies(value -> assertThat(Http.JSON.readValue(value, ForumSnapshot.class).memberCount()).isEqualTo(1)));

        String reader = mentor(peerId);
        JsonNode thread = json(http().get(threadPath(forumId, threadId), reader));
        assertThat(thread.get("title").asString()).isEqualTo("Visa questions for 2027");
        assertThat(thread.get("authorId").isNull()).isTrue();
        assertThat(thread.get("authorName").asString()).isEqualTo("[deleted]");
        JsonNode posts = json(http().get(postsPath(forumId, threadId), reader)).get("items");
        assertThat(posts).hasSize(3);
        for (int erasedPost : new int[] {0, 2}) {
            JsonNode post = posts.get(erasedPost);
            assertThat(post.get("deleted").asBoolean()).isTrue();
            assertThat(post.get("body").isNull()).isTrue();
            assertThat(post.get("html").isNull()).isTrue();
            assertThat(post.get("authorId").isNull()).isTrue();
            assertThat(post.get("authorName").asString()).isEqualTo("[deleted]");
        }
        assertThat(posts.get(1).get("postId").asString()).isEqualTo(peerReply);
        assertThat(posts.get(1).get("body").asString()).isEqualTo("Same here, good luck");
        assertThat(posts.get(1).get("authorId").asString()).isEqualTo(peerId);
        JsonNode inPeersThread = json(http().get(postsPath(forumId, peersThread), reader)).get("items");
        assertThat(inPeersThread.get(1).get("authorName").asString()).isEqualTo("[deleted]");
        assertThat(json(http().get(threadPath(forumId, peersThread), reader)).get("authorId").asString()).isEqualTo(peerId);
    }

    @Test
    void aRepeatedTombstoneChangesNothingMore() {
        String erasedId = newId();
        String forumId = http().forumBy(moderator(newId()));
        http().join(forumId, mentee(erasedId));
        http().join(forumId, mentee(newId()));
        String threadId = http().startThread(forumId, mentee(erasedId), "Soon gone", "words").get("threadId").asString();
        String first = events().tombstone(Topics.ACCOUNTS, erasedId, AccountSnapshot.class);
        await().atMost(Duration.ofSeconds(30)).until(() -> handled("forums.account-erasure", first));
        Document postBefore = mongo.findOne(Query.query(Criteria.where("threadId").is(threadId)), Document.class, "posts");
        Document threadBefore = mongo.findById(threadId, Document.class, "threads");
        long versionBefore = mongo.findById(forumId, Document.class, "forums").get("version", Number.class).longValue();

        events().publish(Topics.ACCOUNTS, erasedId, EventTypes.typeOf(AccountSnapshot.class), null, first);
        String second = events().tombstone(Topics.ACCOUNTS, erasedId, AccountSnapshot.class);
        await().atMost(Duration.ofSeconds(30)).until(() -> handled("forums.account-erasure", second));

        assertThat(mongo.findOne(Query.query(Criteria.where("threadId").is(threadId)), Document.class, "posts")).isEqualTo(postBefore);
        assertThat(mongo.findById(threadId, Document.class, "threads")).isEqualTo(threadBefore);
        assertThat(mongo.findById(forumId, Document.class, "forums").get("version", Number.class).longValue()).isEqualTo(versionBefore);
        assertThat(http().memberCount(forumId)).isEqualTo(1);
    }
}
