package org.rematch.notifications.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.rematch.contracts.EventTypes;
import org.rematch.contracts.Fixtures;
import org.rematch.contracts.Topics;
import org.rematch.contracts.accounts.AccountSnapshot;
import org.rematch.contracts.pairings.ForumsRecommended;
import org.rematch.contracts.pairings.PairingAccepted;
import org.rematch.contracts.pairings.PairingProposed;
import org.rematch.notifications.inbox.core.PairingNotifications;
import org.rematch.testsupport.StoredDocuments;
import org.rematch.testsupport.Http;
import org.rematch.testsupport.RematchServiceTest;
import org.rematch.testsupport.ServiceTestBase;
import org.rematch.testsupport.TestTokens;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.JsonNode;

/** An account tombstone on profiles.accounts (handed over by the kit) leaves no document with the account id behind. */
@RematchServiceTest
class ErasureIntegrationTest extends ServiceTestBase {

    static final Duration WAIT = Duration.ofSeconds(30);

    final String mentee = UUID.randomUUID().toString();
    final String mentor = UUID.randomUUID().toString();
    final String otherMentee = UUID.randomUUID().toString();
    final String otherMentor = UUID.randomUUID().toString();

    @Test
    void anErasedMenteeLeavesNoDocumentBehindWhileOthersKeepTheirItems() {
        proposed(mentee, mentor, "Amina Khan");
        accepted(mentee, mentor, "Dr. Bilal Ahmed");
        events().publish(Topics.PAIRINGS, mentee, ForumsRecommended.class,
                PairingFixtures.inviting(Fixtures.json(ForumsRecommended.class).replace(PairingFixtures.FIXTURE_MENTEE, mentee)));
        proposed(otherMentee, mentor, "Omar Farooq");
        accepted(otherMentee, otherMentor, "Dr. Sara Malik");
        await().atMost(WAIT).until(() -> itemsOf(mentee).size() == 2 && itemsOf(mentor).size() == 2
                && itemsOf(otherMentee).size() == 1 && itemsOf(otherMentor).isEmpty());
        assertThat(StoredDocuments.mentioning(mongo, mentee)).as("the scan finds the mentee before the erasure").isNotEmpty();
        String othersInbox = inboxOf(otherMentee).toString();

        String tombstone = events().tombstone(Topics.ACCOUNTS, mentee, AccountSnapshot.class);
        awaitHandled("notifications.account-erasure", tombstone);

        assertThat(StoredDocuments.mentioning(mongo, mentee)).isEmpty();
        assertThat(itemsOf(mentee)).isEmpty();
        assertThat(itemsOf(mentor)).extracting(item -> item.path("title").asString())
                .containsExactlyInAnyOrder(PairingNotifications.WITHDRAWN_PROPOSAL, "Omar Farooq asked you to be their mentor");
        String mentorsInbox = inboxOf(mentor).toString();
        assertThat(mentorsInbox).doesNotContain("Amina Khan");
        // the mentee's own words to the mentor they asked go with them; the other mentee's request keeps its message
        assertThat(itemsOf(mentor)).filteredOn(item -> item.path("title").asString().equals(PairingNotifications.WITHDRAWN_PROPOSAL))
                .singleElement().satisfies(item -> assertThat(item.toString()).doesNotContain("personal statement", "wrote"));
        assertThat(itemsOf(mentor)).filteredOn(item -> item.path("title").asString().startsWith("Omar Farooq"))
                .singleElement().satisfies(item -> assertThat(item.path("body").asString()).contains("personal statement"));
        assertThat(inboxOf(otherMentee).toString()).isEqualTo(othersInbox);

        // redelivered: the same ce_id (the kit's mark skips it), then a fresh one (the erasure itself runs again)
        events().publish(Topics.ACCOUNTS, mentee, EventTypes.typeOf(AccountSnapshot.class), null, tombstone);
        awaitHandled("notifications.account-erasure", events().tombstone(Topics.ACCOUNTS, mentee, AccountSnapshot.class));

        assertThat(StoredDocuments.mentioning(mongo, mentee)).isEmpty();
        assertThat(inboxOf(mentor).toString()).isEqualTo(mentorsInbox);
        assertThat(inboxOf(otherMentee).toString()).isEqualTo(othersInbox);
    }

    @Test
    void anErasedMentorIsNoLongerNamedInTheirMenteesInbox() {
        proposed(mentee, mentor, "Amina Khan");
        accepted(mentee, mentor, "Dr. Bilal Ahmed");
        await().atMost(WAIT).until(() -> itemsOf(mentee).size() == 1 && itemsOf(mentor).size() == 1);

        awaitHandled("notifications.account-erasure", events().tombstone(Topics.ACCOUNTS, mentor, AccountSnapshot.class));

        assertThat(StoredDocuments.mentioning(mongo, mentor)).isEmpty();
        assertThat(itemsOf(mentor)).isEmpty();
        JsonNode item = itemsOf(mentee).getFirst();
        assertThat(item.path("title").asString()).isEqualTo("A mentor accepted you as a mentee");
        assertThat(item.toString()).doesNotContain("Bilal");
    }

    @Test
    void anEventThatArrivesAfterTheErasureDoesNotBringThePersonBack() {
        awaitHandled("notifications.account-erasure", events().tombstone(Topics.ACCOUNTS, mentee, AccountSnapshot.class));

        String late = accepted(mentee, mentor, "Dr. Bilal Ahmed");
        String lateProposal = proposed(mentee, otherMentor, "Amina Khan");
        awaitHandled("notifications.inbox", late);
        awaitHandled("notifications.inbox", lateProposal);

        assertThat(itemsOf(mentee)).isEmpty();
        assertThat(itemsOf(otherMentor)).extracting(item -> item.path("title").asString())
                .containsExactly(PairingNotifications.WITHDRAWN_PROPOSAL);
        assertThat(StoredDocuments.mentioning(mongo, mentee)).isEmpty();
    }

    void awaitHandled(String consumer, String eventId) {
        await().atMost(WAIT).until(() -> mongo.exists(Query.query(Criteria.where("_id").is(consumer + ":" + eventId)),
                "processed_events"));
    }

    String proposed(String menteeId, String mentorId, String menteeName) {
        return events().publish(Topics.PAIRINGS, menteeId, PairingProposed.class, Fixtures.json(PairingProposed.class)
                .replace(PairingFixtures.FIXTURE_PAIRING, UUID.randomUUID().toString())
                .replace(PairingFixtures.FIXTURE_MENTEE, menteeId)
                .replace(PairingFixtures.FIXTURE_MENTOR, mentorId)
                .replace("Amina Khan", menteeName));
    }

    String accepted(String menteeId, String mentorId, String mentorName) {
        return events().publish(Topics.PAIRINGS, menteeId, PairingAccepted.class, Fixtures.json(PairingAccepted.class)
                .replace(PairingFixtures.FIXTURE_PAIRING, UUID.randomUUID().toString())
                .replace(PairingFixtures.FIXTURE_MENTEE, menteeId)
                .replace(PairingFixtures.FIXTURE_MENTOR, mentorId)
                .replace("Dr. Bilal Ahmed", mentorName));
    }

    JsonNode inboxOf(String accountId) {
        ResponseEntity<String> response = http().get("/api/notifications", TestTokens.bearer(accountId, "MENTEE"));
        assertThat(response.getStatusCode().value()).isEqualTo(200);
        return Http.json(response);
    }

    List<JsonNode> itemsOf(String accountId) {
        return inboxOf(accountId).path("items").valueStream().toList();
    }
}
