package org.rematch.notifications.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.rematch.contracts.CloudEventHeaders;
import org.rematch.contracts.EventTypes;
import org.rematch.contracts.Topics;
import org.rematch.contracts.accounts.AccountSnapshot;
import org.rematch.contracts.accounts.Role;
import org.rematch.contracts.forums.ForumActivity;
import org.rematch.contracts.forums.MemberMuted;
import org.rematch.contracts.forums.MemberReported;
import org.rematch.contracts.forums.PostHidden;
import org.rematch.contracts.forums.PostReported;
import org.rematch.contracts.forums.ReportReason;
import org.rematch.notifications.accounts.Accounts;
import org.rematch.testsupport.Http;
import org.rematch.testsupport.RematchServiceTest;
import org.rematch.testsupport.ServiceTestBase;
import org.rematch.testsupport.StoredDocuments;
import org.rematch.testsupport.TestEvents;
import org.rematch.testsupport.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.ResponseEntity;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** forums.activity on a real broker and Mongo wire server, published as the forums service would. */
@RematchServiceTest
class ForumActivityIntegrationTest extends ServiceTestBase {

    static final Duration WAIT = Duration.ofSeconds(30);
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final Instant AT = Instant.parse("2026-03-21T08:00:00Z");

    final String forumId = UUID.randomUUID().toString();
    final String forumName = "IM reapplicants " + forumId.substring(0, 8);
    final String member = UUID.randomUUID().toString();

    @Autowired
    KafkaListenerEndpointRegistry listeners;
    @Autowired
    Accounts accounts;

    // --- the urgent distress notice ---

    @Test
    void anUrgentReportGivesEachListedModeratorExactlyOneItemAndNobodyElse() {
        String mod1 = UUID.randomUUID().toString();
        String mod2 = UUID.randomUUID().toString();

        String eventId = publish(urgentMemberReport(List.of(mod1, mod2)));

        await().atMost(WAIT).until(() -> itemsOf(mod1).size() == 1 && itemsOf(mod2).size() == 1);
        awaitHandled(eventId);
        JsonNode item = itemsOf(mod1).getFirst();
        assertThat(item.path("type").asString()).isEqualTo("MODERATION_URGENT");
        assertThat(item.path("title").asString()).isEqualTo("Urgent: a member may be at risk in " + forumName);
        assertThat(item.path("body").asString()).contains("self-harm concern", "check the moderation queue now", "988",
                "https://findahelpline.com");
        assertThat(item.path("link").asString()).isEqualTo(queueLink());
        assertThat(item.toString()).doesNotContain(member);
        assertThat(itemsOf(member)).as("the person reported").isEmpty();
        assertThat(pagesAboutThisForum()).as("the whole inbox collection").containsExactlyInAnyOrder(mod1, mod2);
    }

    @Test
    void replayingTheSameReportDoublesNothing() {
        String mod1 = UUID.randomUUID().toString();
        String mod2 = UUID.randomUUID().toString();
        PostReported report = urgentPostReport(List.of(mod1, mod2));
        String eventId = UUID.randomUUID().toString();
        publish(report, eventId);
        publish(report, eventId);
        awaitHandled(eventId);
        await().atMost(WAIT).until(() -> pagesAboutThisForum().size() == 2);
        // as if the service died after paging but before marking the event handled: the item ids alone keep it single
        await().atMost(WAIT).until(() -> mongo.remove(Query.query(Criteria.where("_id").is(ForumActivityListener.CONSUMER + ":" + eventId)),
                "processed_events").getDeletedCount() == 1);

        publish(report, eventId);
        awaitHandled(eventId);

        assertThat(pagesAboutThisForum()).containsExactlyInAnyOrder(mod1, mod2);
        assertThat(itemsOf(mod1)).hasSize(1);
        assertThat(itemsOf(mod2)).hasSize(1);
    }

    @Test
    void withoutModeratorsTheReportPagesTheAdminsKnownFromProfilesAccountsButNoFormerOrErasedAdmin() {
        String admin = UUID.randomUUID().toString();
        String formerAdmin = UUID.randomUUID().toString();
        String erasedAdmin = UUID.randomUUID().toString();
        account(admin, 1, Role.ADMIN);
        account(formerAdmin, 1, Role.ADMIN);
        account(erasedAdmin, 1, Role.ADMIN);
        await().atMost(WAIT).until(() -> knownAsAdmin(admin) && knownAsAdmin(formerAdmin) && knownAsAdmin(erasedAdmin));
        account(formerAdmin, 2, Role.MODERATOR);
        String tombstone = events().tombstone(Topics.ACCOUNTS, erasedAdmin, AccountSnapshot.class);
        await().atMost(WAIT).until(() -> !knownAsAdmin(formerAdmin) && !knownAsAdmin(erasedAdmin));

        String eventId = publish(urgentPostReport(List.of()));

        await().atMost(WAIT).until(() -> itemsOf(admin).size() == 1);
        awaitHandled(eventId);
        assertThat(itemsOf(admin).getFirst().path("body").asString()).contains("comes to you as an admin");
        assertThat(pagesAboutThisForum()).contains(admin).doesNotContain(formerAdmin, erasedAdmin);
        assertThat(itemsOf(formerAdmin)).isEmpty();
        assertThat(itemsOf(erasedAdmin)).isEmpty();
        await().atMost(WAIT).until(() -> handled("notifications.account-erasure", tombstone));
        assertThat(StoredDocuments.mentioning(mongo, erasedAdmin)).isEmpty();
        assertThat(export(admin).path("pagedAsAdmin").asBoolean()).isTrue();
        assertThat(export(formerAdmin).path("pagedAsAdmin").asBoolean()).isFalse();
    }

    @Test
    void anOlderSnapshotNeverOverridesANewerOne() {
        String admin = UUID.randomUUID().toString();
        accounts.apply(new AccountSnapshot(admin, 3, "a@example.org", "A", Set.of(Role.ADMIN, Role.MODERATOR)));

        accounts.apply(new AccountSnapshot(admin, 2, "old@example.org", "A", Set.of(Role.ADMIN)));
        accounts.apply(new AccountSnapshot(admin, 1, "older@example.org", "A", Set.of(Role.MENTEE)));

        assertThat(accounts.find(admin)).hasValueSatisfying(account -> {
            assertThat(account.version()).isEqualTo(3);
            assertThat(account.email()).isEqualTo("a@example.org");
        });
        accounts.apply(new AccountSnapshot(admin, 4, "a@example.org", "A", Set.of(Role.MODERATOR)));
        assertThat(knownAsAdmin(admin)).isFalse();
    }

    @Test
    void aReportThatIsNotUrgentGivesNoItem() {
        String moderator = UUID.randomUUID().toString();
        PostReported report = new PostReported(UUID.randomUUID().toString(), forumId, forumName, "thread", "post", ReportReason.SPAM,
                false, List.of(moderator), AT);

        awaitHandled(publish(report));

        assertThat(itemsOf(moderator)).isEmpty();
        assertThat(pagesAboutThisForum()).isEmpty();
    }

    // --- moderation outcomes ---

    @Test
    void aHiddenPostAndAMuteReachTheMember() {
        publish(new PostHidden(forumId, forumName, "thread-1", "post-1", member, false, "Off-topic advertising", AT));
        publish(new MemberMuted(forumId, forumName, member, "Selling a guaranteed match", Instant.parse("2026-03-28T08:00:00Z"),
                AT.plusSeconds(60)));

        await().atMost(WAIT).until(() -> itemsOf(member).size() == 2);
        List<JsonNode> items = itemsOf(member);
        assertThat(items).extracting(item -> item.path("type").asString()).containsExactly("MUTED", "POST_HIDDEN");
        assertThat(items.get(0).path("title").asString()).isEqualTo("You are muted in " + forumName);
        assertThat(items.get(0).path("body").asString()).contains("until Saturday 28 March 2026, 08:00 UTC", "Selling a guaranteed match");
        assertThat(items.get(1).path("title").asString()).isEqualTo("A moderator hid your post in " + forumName);
        assertThat(items.get(1).path("link").asString()).isEqualTo("/forums/" + forumId + "/threads/thread-1");
    }

    @Test
    void anErasedMemberIsToldNothing() {
        awaitHandledBy("notifications.account-erasure", events().tombstone(Topics.ACCOUNTS, member, AccountSnapshot.class));

        awaitHandled(publish(new MemberMuted(forumId, forumName, member, "Spam", null, AT)));

        assertThat(itemsOf(member)).isEmpty();
        assertThat(StoredDocuments.mentioning(mongo, member)).isEmpty();
    }

    @Test
    void aMalformedRecordGoesToTheDeadLetterTopicAndTheNextOneIsStillConsumed() {
        String poison = events().publish(Topics.FORUM_ACTIVITY, forumId, EventTypes.typeOf(PostHidden.class), "{not json",
                UUID.randomUUID().toString());
        publish(new PostHidden(forumId, forumName, "thread-1", "post-1", member, true, "Hidden pending review", AT));

        await().atMost(WAIT).until(() -> itemsOf(member).size() == 1);
        List<ConsumerRecord<String, String>> dead = events().read(Topics.deadLetterOf(Topics.FORUM_ACTIVITY),
                record -> forumId.equals(record.key()), WAIT);
        assertThat(dead).extracting(record -> TestEvents.header(record, CloudEventHeaders.ID)).containsExactly(poison);
    }

    // --- the two readers of profiles.accounts ---

    @Test
    void theAccountsReadModelAndTheErasuresEachReadEveryPartitionOfTheAccountsTopic() {
        await().atMost(WAIT).untilAsserted(() -> {
            Map<String, Set<TopicPartition>> byGroup = listeners.getListenerContainers().stream()
                    .filter(container -> List.of(container.getContainerProperties().getTopics()).contains(Topics.ACCOUNTS))
                    .collect(Collectors.groupingBy(MessageListenerContainer::getGroupId,
                            Collectors.flatMapping(container -> container.getAssignedPartitions().stream(), Collectors.toSet())));
            Set<TopicPartition> all = Set.of(new TopicPartition(Topics.ACCOUNTS, 0), new TopicPartition(Topics.ACCOUNTS, 1),
                    new TopicPartition(Topics.ACCOUNTS, 2));
            assertThat(byGroup).isEqualTo(Map.of("notifications", all, "notifications.accounts", all));
        });
    }

    // --- helpers ---

    PostReported urgentPostReport(List<String> moderatorIds) {
        return new PostReported(UUID.randomUUID().toString(), forumId, forumName, "thread-1", "post-1", ReportReason.SELF_HARM, true,
                moderatorIds, AT);
    }

    MemberReported urgentMemberReport(List<String> moderatorIds) {
        return new MemberReported(UUID.randomUUID().toString(), forumId, forumName, member, ReportReason.SELF_HARM, true, moderatorIds, AT);
    }

    String publish(ForumActivity event) {
        return publish(event, UUID.randomUUID().toString());
    }

    String publish(ForumActivity event, String eventId) {
        return events().publish(Topics.FORUM_ACTIVITY, forumId, EventTypes.typeOf(event.getClass()), JSON.writeValueAsString(event), eventId);
    }

    void account(String accountId, long version, Role... roles) {
        events().publish(Topics.ACCOUNTS, accountId, AccountSnapshot.class, JSON.writeValueAsString(
                new AccountSnapshot(accountId, version, accountId + "@example.org", "Staff " + version, Set.of(roles))));
    }

    boolean knownAsAdmin(String accountId) {
        return accounts.adminIds().contains(accountId);
    }

    void awaitHandled(String eventId) {
        awaitHandledBy(ForumActivityListener.CONSUMER, eventId);
    }

    void awaitHandledBy(String consumer, String eventId) {
        await().atMost(WAIT).until(() -> handled(consumer, eventId));
    }

    String queueLink() {
        return "/moderation/queue?forumId=" + forumId;
    }

    /** The recipients of every urgent page about this test's forum, in anyone's inbox. */
    List<String> pagesAboutThisForum() {
        return mongo.find(Query.query(Criteria.where("link").is(queueLink())), org.bson.Document.class, InboxStore.COLLECTION).stream()
                .map(document -> document.getString("recipientId")).toList();
    }

    List<JsonNode> itemsOf(String accountId) {
        ResponseEntity<String> response = http().get("/api/notifications", TestTokens.bearer(accountId, "MENTEE"));
        assertThat(response.getStatusCode().value()).isEqualTo(200);
        return Http.json(response).path("items").valueStream().toList();
    }

    JsonNode export(String accountId) {
        ResponseEntity<String> response = http().get("/api/personal-data", TestTokens.bearer(accountId, "ADMIN"));
        assertThat(response.getStatusCode().value()).isEqualTo(200);
        return Http.json(response).path("data");
    }
}
