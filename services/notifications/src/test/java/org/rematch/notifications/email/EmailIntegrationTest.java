package org.rematch.notifications.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.rematch.contracts.EventTypes;
import org.rematch.contracts.Fixtures;
import org.rematch.contracts.Topics;
import org.rematch.contracts.accounts.AccountSnapshot;
import org.rematch.contracts.accounts.Role;
import org.rematch.contracts.forums.MemberBanned;
import org.rematch.contracts.forums.MemberJoined;
import org.rematch.contracts.forums.MemberMuted;
import org.rematch.contracts.forums.MemberReported;
import org.rematch.contracts.forums.MemberSuspended;
import org.rematch.contracts.forums.PostHidden;
import org.rematch.contracts.pairings.ForumsRecommended;
import org.rematch.contracts.pairings.PairingAccepted;
import org.rematch.contracts.pairings.PairingDeclined;
import org.rematch.contracts.pairings.PairingEnded;
import org.rematch.contracts.pairings.PairingProposed;
import org.rematch.contracts.pairings.PairingReminderDue;
import org.rematch.notifications.TestMailServer;
import org.rematch.notifications.TestMailServer.Email;
import org.rematch.notifications.inbox.InboxStore;
import org.rematch.testsupport.RematchServiceTest;
import org.rematch.testsupport.ServiceTestBase;
import org.rematch.testsupport.TestTokens;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import tools.jackson.databind.json.JsonMapper;

/**
 * Emails through a real SMTP server (GreenMail), from events on the real broker: the right email to the right person,
 * once, whatever the broker redelivers, and however long the SMTP server is away.
 */
@RematchServiceTest
class EmailIntegrationTest extends ServiceTestBase {

    static final String FIXTURE_PAIRING = "7e3b1c9a-5d2f-4a8e-b6c4-1f0e9d8c7b6a";
    static final String FIXTURE_MENTEE = "a1f6c7e2-0d55-4a4e-9a39-6f6f0f1d2b11";
    static final String FIXTURE_MENTOR = "5b0e3a52-7c2d-4e0f-8a1b-2c3d4e5f6a7b";
    static final String FIXTURE_MODERATOR = "7b3e2d1c-5a49-4f8e-b7d6-c5e4f3a2b1c0";
    static final Duration WAIT = Duration.ofSeconds(30);
    static final JsonMapper JSON = JsonMapper.builder().build();

    final String pairing = UUID.randomUUID().toString();
    final String mentee = UUID.randomUUID().toString();
    final String mentor = UUID.randomUUID().toString();
    final String moderator = UUID.randomUUID().toString();

    @Test
    void aProposalEmailsTheMentorWithTheReasonsAndTheTimeToAnswerInBothParts() {
        account(mentor, "Dr. Bilal Ahmed", Role.MENTOR);

        publish(PairingProposed.class, fixture(PairingProposed.class).replace("Amina Khan", "Amina <b>Khan</b> & \\\"co\\\""));

        Email email = awaitOneEmailTo(mentor);
        assertThat(email.subject()).isEqualTo("Amina <b>Khan</b> & \"co\" asked you to be their mentor");
        assertThat(email.from()).isEqualTo("Rematch <no-reply@rematch.local>");
        assertThat(email.contentType()).startsWith("multipart/alternative");
        assertThat(email.text()).startsWith("Hello Dr. Bilal Ahmed,")
                .contains("Amina <b>Khan</b> & \"co\" wrote: \u201CI read your journey", "46%",
                        "Matched Internal Medicine, your target specialty; Both trained in Pakistan",
                        "by Thursday 19 March 2026, 14:05 UTC", "Accept or decline: http://localhost:8080/pairings/" + pairing,
                        "You get this email because emails about new mentee proposals and requests are on.");
        assertThat(email.html()).contains("Amina &lt;b&gt;Khan&lt;/b&gt; &amp; &quot;co&quot; asked you to be their mentor",
                        "Both trained in Pakistan", "Thursday 19 March 2026, 14:05 UTC",
                        "href=\"http://localhost:8080/pairings/" + pairing + "\"")
                .doesNotContain("<b>Khan</b>");
        // recorded once the SMTP server took it, a moment after it arrived there
        await().atMost(WAIT).untilAsserted(() -> assertThat(emailOf(mentor).getString("state")).isEqualTo("SENT"));
    }

    @Test
    void anAcceptanceTellsTheMenteeHowToReachTheirMentor() {
        account(mentor, "Dr. Bilal Ahmed", Role.MENTOR);
        account(mentee, "Amina Khan", Role.MENTEE);

        publish(PairingAccepted.class, fixture(PairingAccepted.class));

        Email email = awaitOneEmailTo(mentee);
        assertThat(email.subject()).isEqualTo("Dr. Bilal Ahmed accepted you as a mentee");
        assertThat(email.text()).startsWith("Hello Amina Khan,")
                .contains("How to reach your mentor: Dr. Bilal Ahmed, " + address(mentor),
                        "Open your mentorship: http://localhost:8080/pairings/" + pairing);
        assertThat(email.html()).contains("How to reach your mentor", "href=\"mailto:" + address(mentor) + "\"");
        assertThat(TestMailServer.emailsTo(address(mentor))).as("the mentor, who accepted, hears nothing").isEmpty();
    }

    @Test
    void anUrgentReportEmailsEachModeratorWithASubjectThatStandsOutAndNoWayToTurnItOff() {
        String otherModerator = UUID.randomUUID().toString();
        account(moderator, "Mo Rahman", Role.MODERATOR);
        account(otherModerator, "Sara Malik", Role.MODERATOR);

        publishForumActivity(MemberReported.class, fixture(MemberReported.class)
                .replace("\"urgent\": false", "\"urgent\": true").replace("\"MISINFORMATION\"", "\"SELF_HARM\"")
                .replace("\"" + moderator + "\"", "\"" + moderator + "\", \"" + otherModerator + "\""));

        Email email = awaitOneEmailTo(moderator);
        assertThat(email.subject()).isEqualTo("[URGENT] A member may be at risk in Internal Medicine reapplicants");
        assertThat(email.header("Importance")).isEqualTo("high");
        assertThat(email.header("List-Unsubscribe")).isNull();
        assertThat(email.text()).startsWith("*** URGENT: a member may be at risk. Please look now. ***")
                .contains("self-harm concern", "988", "Open the moderation queue: http://localhost:8080/moderation/queue?forumId=",
                        "cannot be turned off")
                .doesNotContain(mentee, "Unsubscribe");
        assertThat(email.html()).contains("URGENT: a member may be at risk").doesNotContain("Unsubscribe");
        assertThat(awaitOneEmailTo(otherModerator).subject()).startsWith("[URGENT]");
    }

    @Test
    void everyOtherTypeOfItemEmailsThePersonItConcerns() {
        account(mentor, "Dr. Bilal Ahmed", Role.MENTOR);
        account(mentee, "Amina Khan", Role.MENTEE);
        // forum news goes in the daily digest unless the person asks for it at once
        assertThat(http().put("/api/notifications/preferences", TestTokens.bearer(mentee, "MENTEE"),
                "{\"email\":{\"FORUMS_RECOMMENDED\":\"IMMEDIATELY\",\"FORUM_JOINED\":\"IMMEDIATELY\"}}").getStatusCode().value())
                .isEqualTo(200);

        publish(PairingReminderDue.class, fixture(PairingReminderDue.class));
        publish(PairingEnded.class, fixture(PairingEnded.class));
        publish(PairingDeclined.class, fixture(PairingDeclined.class));
        publish(ForumsRecommended.class, fixture(ForumsRecommended.class).replace("\"JOIN_AUTOMATICALLY\"", "\"INVITE\""));
        for (Class<?> type : List.of(MemberJoined.class, PostHidden.class, MemberMuted.class, MemberBanned.class, MemberSuspended.class)) {
            publishForumActivity(type, fixture(type));
        }

        await().atMost(WAIT).until(() -> TestMailServer.emailsTo(address(mentor)).size() == 2
                && TestMailServer.emailsTo(address(mentee)).size() == 7);
        assertThat(TestMailServer.emailsTo(address(mentor))).extracting(Email::subject).containsExactlyInAnyOrder(
                "Reminder: Amina Khan is waiting for your answer", "Amina Khan ended the mentorship");
        List<Email> menteesEmails = TestMailServer.emailsTo(address(mentee));
        assertThat(menteesEmails).extracting(Email::subject).containsExactlyInAnyOrder(
                "We are finding you another mentor", "A forum for people on your path", "You joined Internal Medicine reapplicants",
                "Your post in Internal Medicine reapplicants is hidden while a moderator reviews it",
                "You are muted in Internal Medicine reapplicants", "You are banned from Internal Medicine reapplicants",
                "You are suspended from the forums");
        assertThat(menteesEmails).allSatisfy(email -> {
            assertThat(email.contentType()).startsWith("multipart/alternative");
            assertThat(email.text()).startsWith("Hello Amina Khan,").contains("http://localhost:8080/");
            assertThat(email.html()).contains("Hello Amina Khan,", "href=\"http://localhost:8080/");
        });
        Email rematching = withSubject(menteesEmails, "We are finding you another mentor");
        assertThat(rematching.text() + rematching.html()).as("never who declined, nor why")
                .doesNotContain(mentor, "Bilal", "At capacity");
        assertThat(withSubject(menteesEmails, "You are muted in Internal Medicine reapplicants").text())
                .contains("until Saturday 28 March 2026, 08:00 UTC", "Selling a guaranteed match", "Moderators act on the forum's rules",
                        "Open the forum: http://localhost:8080/forums/");
        assertThat(withSubject(menteesEmails, "A forum for people on your path").text())
                .contains("Internal Medicine reapplicants (shares specialty:IM)", "Peer forums are where people on the same path",
                        "See the forums: http://localhost:8080/forums");
    }

    // --- once, and never lost ---

    @Test
    void replayingTheSameEventsMakesNoSecondEmailNotEvenPastTheProcessedMark() {
        account(mentor, "Dr. Bilal Ahmed", Role.MENTOR);
        String eventId = UUID.randomUUID().toString();
        String type = EventTypes.typeOf(PairingProposed.class);
        events().publish(Topics.PAIRINGS, mentee, type, fixture(PairingProposed.class), eventId);
        events().publish(Topics.PAIRINGS, mentee, type, fixture(PairingProposed.class), eventId);
        awaitOneEmailTo(mentor);
        // as if the service died after storing the item but before marking the event handled: the item's id keeps it single
        await().atMost(WAIT).until(() -> mongo.remove(Query.query(Criteria.where("_id").is("notifications.inbox:" + eventId)),
                "processed_events").getDeletedCount() == 1);

        events().publish(Topics.PAIRINGS, mentee, type, fixture(PairingProposed.class), eventId);
        // same key, so same partition: once this later event's email is out, the replay above was handled and sent, or not
        events().publish(Topics.PAIRINGS, mentee, PairingProposed.class, fixture(PairingProposed.class).replace("Amina Khan", "Marker"));

        await().atMost(WAIT).until(() -> TestMailServer.emailsTo(address(mentor)).size() >= 2);
        assertThat(TestMailServer.emailsTo(address(mentor))).extracting(Email::subject)
                .containsExactly("Amina Khan asked you to be their mentor", "Marker asked you to be their mentor");
    }

    @Test
    void whileTheSmtpServerIsDownTheEmailIsRetriedWithGrowingWaitsAndSentOnceItIsBack() {
        account(mentor, "Dr. Bilal Ahmed", Role.MENTOR);
        TestMailServer.stop();
        try {
            publish(PairingProposed.class, fixture(PairingProposed.class));

            await().atMost(WAIT).until(() -> emailOf(mentor) != null && emailOf(mentor).getInteger("attempts", 0) >= 2);
            Document failing = emailOf(mentor);
            assertThat(failing.getString("state")).isEqualTo("FAILED");
            assertThat(failing.getString("lastError")).isNotBlank();
            assertThat(failing.getDate("nextAttemptAt")).isAfter(failing.getDate("queuedAt"));
            assertThat(TestMailServer.emailsTo(address(mentor))).isEmpty();
        } finally {
            TestMailServer.restart();
        }

        Email email = awaitOneEmailTo(mentor);
        assertThat(email.subject()).isEqualTo("Amina Khan asked you to be their mentor");
        await().atMost(WAIT).until(() -> "SENT".equals(emailOf(mentor).getString("state")));
        assertThat(emailOf(mentor).containsKey("lastError")).isFalse();
    }

    @Test
    void anEmailWaitsForTheRecipientsAddressAndGoesOutOnceTheAccountIsKnown() {
        publish(PairingProposed.class, fixture(PairingProposed.class));
        await().atMost(WAIT).until(() -> emailOf(mentor) != null && emailOf(mentor).getString("lastError") != null);
        assertThat(emailOf(mentor).getString("state")).isEqualTo("PENDING");
        assertThat(emailOf(mentor).getString("lastError")).contains("No email address known");

        account(mentor, "Dr. Bilal Ahmed", Role.MENTOR);

        assertThat(awaitOneEmailTo(mentor).subject()).isEqualTo("Amina Khan asked you to be their mentor");
    }

    @Test
    void anErasedPersonIsNeverEmailedNeitherWhatWaitedForThemNorWhatArrivesLater() {
        String waiting = publish(PairingProposed.class, fixture(PairingProposed.class));
        await().atMost(WAIT).until(() -> handled("notifications.inbox", waiting) && emailOf(mentor) != null);

        String tombstone = events().tombstone(Topics.ACCOUNTS, mentor, AccountSnapshot.class);
        await().atMost(WAIT).until(() -> handled("notifications.account-erasure", tombstone));
        // the snapshot that arrives late, and an event about them that was still on its way
        account(mentor, "Dr. Bilal Ahmed", Role.MENTOR);
        String late = publish(PairingProposed.class, fixture(PairingProposed.class).replace(pairing, UUID.randomUUID().toString()));
        await().atMost(WAIT).until(() -> handled("notifications.inbox", late));
        // a later email in the same run: once it is out, the sender has long passed anything of the mentor's
        account(moderator, "Mo Rahman", Role.MODERATOR);
        publishForumActivity(MemberReported.class, fixture(MemberReported.class)
                .replace("\"urgent\": false", "\"urgent\": true").replace("\"MISINFORMATION\"", "\"SELF_HARM\""));
        awaitOneEmailTo(moderator);

        assertThat(TestMailServer.emailsTo(address(mentor))).isEmpty();
        assertThat(mongo.exists(Query.query(Criteria.where("recipientId").is(mentor)), InboxStore.COLLECTION)).isFalse();
    }

    // --- helpers ---

    String fixture(Class<?> type) {
        return Fixtures.json(type).replace(FIXTURE_PAIRING, pairing).replace(FIXTURE_MENTEE, mentee)
                .replace(FIXTURE_MENTOR, mentor).replace(FIXTURE_MODERATOR, moderator);
    }

    String publish(Class<?> type, String json) {
        return events().publish(Topics.PAIRINGS, mentee, EventTypes.typeOf(type), json, UUID.randomUUID().toString());
    }

    String publishForumActivity(Class<?> type, String json) {
        return events().publish(Topics.FORUM_ACTIVITY, "forum", EventTypes.typeOf(type), json, UUID.randomUUID().toString());
    }

    void account(String accountId, String displayName, Role role) {
        events().publish(Topics.ACCOUNTS, accountId, AccountSnapshot.class,
                JSON.writeValueAsString(new AccountSnapshot(accountId, 1, address(accountId), displayName, Set.of(role))));
    }

    static Email withSubject(List<Email> emails, String subject) {
        return emails.stream().filter(email -> email.subject().equals(subject)).findFirst().orElseThrow();
    }

    static String address(String accountId) {
        return accountId + "@example.org";
    }

    static Email awaitOneEmailTo(String accountId) {
        await().atMost(WAIT).until(() -> !TestMailServer.emailsTo(address(accountId)).isEmpty());
        List<Email> emails = TestMailServer.emailsTo(address(accountId));
        assertThat(emails).hasSize(1);
        return emails.getFirst();
    }

    /** The email sub-document of the recipient's one item, or null while there is no item. */
    Document emailOf(String recipientId) {
        Document item = mongo.findOne(Query.query(Criteria.where("recipientId").is(recipientId)), Document.class, InboxStore.COLLECTION);
        return item == null ? null : item.get("email", Document.class);
    }
}
