package org.rematch.notifications.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.rematch.contracts.EventTypes;
import org.rematch.contracts.Topics;
import org.rematch.contracts.accounts.AccountSnapshot;
import org.rematch.contracts.accounts.Role;
import org.rematch.contracts.forums.JoinedVia;
import org.rematch.contracts.forums.MemberJoined;
import org.rematch.notifications.TestMailServer;
import org.rematch.notifications.TestMailServer.Email;
import org.rematch.notifications.inbox.InboxStore;
import org.rematch.testsupport.RematchServiceTest;
import org.rematch.testsupport.ServiceTestBase;
import org.rematch.testsupport.StoredDocuments;
import org.rematch.testsupport.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import tools.jackson.databind.json.JsonMapper;

/**
 * The daily digest, driven with explicit instants (the scheduled run uses the clock, and finds nothing of these tests'
 * due before the real digest time): one email a day listing the items queued before it, never a second for the same day.
 */
@RematchServiceTest
class DigestIntegrationTest extends ServiceTestBase {

    static final Duration WAIT = Duration.ofSeconds(30);
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final Duration DAY = Duration.ofDays(1);

    final String mentee = UUID.randomUUID().toString();

    @Autowired
    DigestSender digests;

    @Test
    void theItemsOfADayComeInOneEmailTheNextDigestTimeAndOnlyOnce() {
        account(mentee);
        joined("Internal Medicine reapplicants");
        joined("J-1 visa <questions> & answers");
        await().atMost(WAIT).until(() -> digestStates().size() == 2);
        assertThat(digestStates()).containsOnly("DIGEST");
        Instant now = Instant.now();

        digests.sendDue(now.plus(DAY));
        digests.sendDue(now.plus(DAY));

        List<Email> emails = TestMailServer.emailsTo(address(mentee));
        assertThat(emails).hasSize(1);
        Email digest = emails.getFirst();
        assertThat(digest.subject()).isEqualTo("Your Rematch digest: 2 notifications");
        assertThat(digest.text()).startsWith("Hello Amina Khan,")
                .contains("* You joined Internal Medicine reapplicants", "* You joined J-1 visa <questions> & answers",
                        "http://localhost:8080/forums/", "Unsubscribe from emails about forums you were joined to: "
                                + "http://localhost:8080/api/notifications/unsubscribe?token=");
        assertThat(digest.html()).contains("You joined J-1 visa &lt;questions&gt; &amp; answers").doesNotContain("<questions>");
        assertThat(digest.header("List-Unsubscribe")).startsWith("<http://localhost:8080/api/notifications/unsubscribe?token=");
        assertThat(digestStates()).containsOnly("SENT");

        joined("Pathology reapplicants");
        await().atMost(WAIT).until(() -> digestStates().contains("DIGEST"));
        digests.sendDue(now.plus(DAY));
        assertThat(TestMailServer.emailsTo(address(mentee))).as("one digest a day").hasSize(1);

        digests.sendDue(now.plus(DAY).plus(DAY));
        assertThat(TestMailServer.emailsTo(address(mentee))).extracting(Email::subject)
                .containsExactly("Your Rematch digest: 2 notifications", "Your Rematch digest: 1 notification");
        assertThat(TestMailServer.emailsTo(address(mentee)).getLast().text()).contains("You joined Pathology reapplicants")
                .doesNotContain("Internal Medicine");
    }

    @Test
    void aTypeTurnedOffMeanwhileIsLeftOutAndTheDigestRecordGoesWithTheErasure() {
        account(mentee);
        joined("Internal Medicine reapplicants");
        await().atMost(WAIT).until(() -> digestStates().size() == 1);
        http().put("/api/notifications/preferences", TestTokens.bearer(mentee, "MENTEE"), "{\"email\":{\"FORUM_JOINED\":\"OFF\"}}");

        digests.sendDue(Instant.now().plus(DAY));

        assertThat(TestMailServer.emailsTo(address(mentee))).isEmpty();
        assertThat(digestStates()).containsOnly("SKIPPED");
        assertThat(mongo.exists(Query.query(Criteria.where("_id").is(mentee)), DigestRecords.COLLECTION)).isTrue();
        String tombstone = events().tombstone(Topics.ACCOUNTS, mentee, AccountSnapshot.class);
        await().atMost(WAIT).until(() -> handled("notifications.account-erasure", tombstone));
        assertThat(StoredDocuments.mentioning(mongo, mentee)).isEmpty();
    }

    // --- helpers ---

    void joined(String forumName) {
        MemberJoined joined = new MemberJoined(UUID.randomUUID().toString(), forumName, mentee, JoinedVia.RECOMMENDATION, Instant.now());
        events().publish(Topics.FORUM_ACTIVITY, joined.forumId(), EventTypes.typeOf(MemberJoined.class), JSON.writeValueAsString(joined),
                UUID.randomUUID().toString());
    }

    List<String> digestStates() {
        return mongo.find(Query.query(Criteria.where("recipientId").is(mentee)), Document.class, InboxStore.COLLECTION).stream()
                .map(item -> item.get("email", Document.class).getString("state")).toList();
    }

    void account(String accountId) {
        events().publish(Topics.ACCOUNTS, accountId, AccountSnapshot.class,
                JSON.writeValueAsString(new AccountSnapshot(accountId, 1, address(accountId), "Amina Khan", Set.of(Role.MENTEE))));
        await().atMost(WAIT).until(() -> mongo.exists(Query.query(Criteria.where("_id").is(accountId)), "accounts"));
    }

    static String address(String accountId) {
        return accountId + "@example.org";
    }
}
