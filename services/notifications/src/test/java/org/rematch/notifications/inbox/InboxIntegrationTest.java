package org.rematch.notifications.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.rematch.contracts.CloudEventHeaders;
import org.rematch.contracts.EventTypes;
import org.rematch.contracts.Topics;
import org.rematch.contracts.pairings.ForumsRecommended;
import org.rematch.contracts.pairings.PairingAccepted;
import org.rematch.contracts.pairings.PairingDeclined;
import org.rematch.contracts.pairings.PairingProposed;
import org.rematch.notifications.inbox.core.PairingNotifications;
import org.rematch.testsupport.Http;
import org.rematch.testsupport.RematchServiceTest;
import org.rematch.testsupport.ServiceTestBase;
import org.rematch.testsupport.TestEvents;
import org.rematch.testsupport.TestTokens;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.JsonNode;

/** The whole service on a real broker and Mongo wire server, fed the contracts fixtures as matching would send them. */
@RematchServiceTest
class InboxIntegrationTest extends ServiceTestBase {

    static final Duration WAIT = Duration.ofSeconds(30);

    final PairingFixtures ids = PairingFixtures.fresh();
    final String pairing = ids.pairing();
    final String mentee = ids.mentee();
    final String mentor = ids.mentor();

    String fixture(Class<?> type) {
        return ids.json(type);
    }

    JsonNode inboxOf(String accountId, String... roles) {
        ResponseEntity<String> response = http().get("/api/notifications", TestTokens.bearer(accountId, roles));
        assertThat(response.getStatusCode().value()).isEqualTo(200);
        return Http.json(response);
    }

    List<JsonNode> itemsOf(String accountId, String... roles) {
        return inboxOf(accountId, roles).path("items").valueStream().toList();
    }

    @Test
    void eachPairingEventReachesTheInboxOfThePersonItConcerns() {
        events().publish(Topics.PAIRINGS, mentee, PairingProposed.class, fixture(PairingProposed.class));
        events().publish(Topics.PAIRINGS, mentee, PairingDeclined.class, fixture(PairingDeclined.class));
        events().publish(Topics.PAIRINGS, mentee, PairingAccepted.class, fixture(PairingAccepted.class));
        events().publish(Topics.PAIRINGS, mentee, ForumsRecommended.class, PairingFixtures.inviting(fixture(ForumsRecommended.class)));

        await().atMost(WAIT).until(() -> itemsOf(mentee, "MENTEE").size() == 3);
        List<JsonNode> mentorItems = itemsOf(mentor, "MENTOR");
        assertThat(mentorItems).hasSize(1);
        JsonNode proposal = mentorItems.getFirst();
        assertThat(proposal.path("type").asString()).isEqualTo("PAIRING_PROPOSED");
        // the fixture is a mentee's own request, with their message
        assertThat(proposal.path("title").asString()).isEqualTo("Amina Khan asked you to be their mentor");
        assertThat(proposal.path("body").asString()).startsWith("Amina Khan wrote: \u201CI read your journey: two cycles,"
                        + " then IM through SOAP. Could you look at my personal statement?\u201D")
                .contains("46%", "Both trained in Pakistan").endsWith("Accept or decline the request by Thursday 19 March 2026, 14:05 UTC, or it goes to another mentor.");
        assertThat(proposal.path("link").asString()).isEqualTo("/pairings/" + pairing);
        assertThat(proposal.path("recipientId").asString()).isEqualTo(mentor);
        assertThat(proposal.path("read").asBoolean()).isFalse();

        JsonNode inbox = inboxOf(mentee, "MENTEE");
        // newest first: accepted 18:30, declined 16:00, forums 14:05 (fixture times)
        assertThat(inbox.path("items").valueStream().map(item -> item.path("type").asString()))
                .containsExactly("PAIRING_ACCEPTED", "PAIRING_REMATCHING", "FORUMS_RECOMMENDED");
        assertThat(inbox.path("unreadCount").asLong()).isEqualTo(3);
        JsonNode rematching = inbox.path("items").get(1);
        assertThat(rematching.path("title").asString()).isEqualTo("We are finding you another mentor");
        assertThat(rematching.toString()).doesNotContain(mentor, "Dr. Bilal Ahmed", "At capacity");
        assertThat(inbox.path("items").get(0).path("title").asString()).isEqualTo("Dr. Bilal Ahmed accepted you as a mentee");
        assertThat(inbox.path("items").get(2).path("body").asString()).contains("Internal Medicine reapplicants", "specialty:IM");
    }

    @Test
    void matchingsOwnProposalAndARequestWithAnAwkwardMessageBothReachTheMentor() {
        String message = "I read your journey: two cycles, then IM through SOAP. Could you look at my personal statement?";
        String matching = fixture(PairingProposed.class).replace("\"MENTEE_REQUEST\"", "\"MATCHING\"")
                .replace("\"" + message + "\"", "null");
        String awkward = fixture(PairingProposed.class).replace("Amina Khan", "Awkward")
                .replace(message, "Line one\\r\\n\\n\\\"quoted\\\" \\u0000 'single' \\\\ " + "x".repeat(480));
        events().publish(Topics.PAIRINGS, mentee, PairingProposed.class, matching);
        events().publish(Topics.PAIRINGS, mentee, PairingProposed.class, awkward);

        await().atMost(WAIT).until(() -> itemsOf(mentor, "MENTOR").size() == 2);
        List<JsonNode> items = itemsOf(mentor, "MENTOR");
        assertThat(items).extracting(i -> i.path("title").asString())
                .containsExactlyInAnyOrder("New mentee proposal: Amina Khan", "Awkward asked you to be their mentor");
        JsonNode matchingItem = items.stream().filter(i -> i.path("title").asString().startsWith("New")).findFirst().orElseThrow();
        assertThat(matchingItem.path("body").asString()).startsWith("Amina Khan matches your journey with a score of 46%.")
                .doesNotContain("wrote", "null").endsWith("Accept or decline the proposal by Thursday 19 March 2026, 14:05 UTC, or it goes to another mentor.");
        JsonNode awkwardItem = items.stream().filter(i -> i.path("title").asString().startsWith("Awkward")).findFirst().orElseThrow();
        assertThat(awkwardItem.path("body").asString())
                .startsWith("Awkward wrote: \u201CLine one \"quoted\" 'single' \\ xxx")
                .contains("x".repeat(PairingNotifications.MAX_MESSAGE - 40) + "\u2026\u201D Awkward matches your journey")
                .doesNotContain("\n", "\r", "\u0000")
                .endsWith("Accept or decline the request by Thursday 19 March 2026, 14:05 UTC, or it goes to another mentor.");
    }

    @Test
    void theSameEventDeliveredTwiceMakesOneItem() {
        String eventId = UUID.randomUUID().toString();
        String type = EventTypes.typeOf(PairingProposed.class);
        events().publish(Topics.PAIRINGS, mentee, type, fixture(PairingProposed.class), eventId);
        events().publish(Topics.PAIRINGS, mentee, type, fixture(PairingProposed.class), eventId);
        // same key, so same partition: once this later event shows, both deliveries above were handled
        events().publish(Topics.PAIRINGS, mentee, PairingProposed.class, fixture(PairingProposed.class).replace("Amina Khan", "Marker"));

        await().atMost(WAIT).until(() -> itemsOf(mentor, "MENTOR").stream().anyMatch(i -> i.path("title").asString().startsWith("Marker")));
        assertThat(itemsOf(mentor, "MENTOR")).extracting(i -> i.path("title").asString())
                .containsExactlyInAnyOrder("Amina Khan asked you to be their mentor", "Marker asked you to be their mentor");
    }

    @Test
    void aRedeliveryThatGetsPastTheProcessedMarkStillMakesNoSecondItem() {
        String eventId = UUID.randomUUID().toString();
        String type = EventTypes.typeOf(PairingAccepted.class);
        events().publish(Topics.PAIRINGS, mentee, type, fixture(PairingAccepted.class), eventId);
        await().atMost(WAIT).until(() -> itemsOf(mentee, "MENTEE").size() == 1);
        // as if the service died after inserting the item but before marking the event handled
        await().atMost(WAIT).until(() -> mongo.remove(Query.query(Criteria.where("_id").is("notifications.inbox:" + eventId)),
                "processed_events").getDeletedCount() == 1);

        events().publish(Topics.PAIRINGS, mentee, type, fixture(PairingAccepted.class), eventId);
        await().atMost(WAIT).until(() -> mongo.exists(Query.query(Criteria.where("_id").is("notifications.inbox:" + eventId)),
                "processed_events"));

        assertThat(itemsOf(mentee, "MENTEE")).hasSize(1);
    }

    @Test
    void nobodySeesOrTouchesAnotherPersonsItems() {
        events().publish(Topics.PAIRINGS, mentee, PairingAccepted.class, fixture(PairingAccepted.class));
        await().atMost(WAIT).until(() -> itemsOf(mentee, "MENTEE").size() == 1);
        String itemId = itemsOf(mentee, "MENTEE").getFirst().path("id").asString();

        assertThat(itemsOf(mentor, "MENTOR")).isEmpty();
        assertThat(itemsOf(UUID.randomUUID().toString(), "MENTEE")).isEmpty();
        ResponseEntity<String> someoneElse = http().post("/api/notifications/" + itemId + "/read", TestTokens.bearer(mentor, "MENTOR"), null);
        assertThat(someoneElse.getStatusCode().value()).isEqualTo(404);
        assertThat(someoneElse.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(inboxOf(mentee, "MENTEE").path("unreadCount").asLong()).isEqualTo(1);

        ResponseEntity<String> own = http().post("/api/notifications/" + itemId + "/read", TestTokens.bearer(mentee, "MENTEE"), null);
        assertThat(own.getStatusCode().value()).isEqualTo(200);
        assertThat(own.getBody()).contains("\"read\":true");
        JsonNode inbox = inboxOf(mentee, "MENTEE");
        assertThat(inbox.path("unreadCount").asLong()).isZero();
        assertThat(inbox.path("items").get(0).path("read").asBoolean()).isTrue();
        assertThat(http().post("/api/notifications/" + UUID.randomUUID() + "/read", TestTokens.bearer(mentee, "MENTEE"), null)
                .getStatusCode().value()).isEqualTo(404);
    }

    @Test
    void theInboxListsOnlyTheCallersItemsAndNeverWhomTheyName() {
        events().publish(Topics.PAIRINGS, mentee, PairingProposed.class, fixture(PairingProposed.class));
        events().publish(Topics.PAIRINGS, mentee, PairingAccepted.class, fixture(PairingAccepted.class));
        await().atMost(WAIT).until(() -> itemsOf(mentee, "MENTEE").size() == 1 && itemsOf(mentor, "MENTOR").size() == 1);

        assertThat(itemsOf(mentee, "MENTEE")).allSatisfy(item -> assertThat(item.path("recipientId").asString()).isEqualTo(mentee));
        assertThat(itemsOf(mentor, "MENTOR")).allSatisfy(item -> assertThat(item.path("recipientId").asString()).isEqualTo(mentor));
        // the same person asking under another role still gets only their own inbox
        assertThat(itemsOf(mentee, "MENTOR", "ADMIN")).extracting(item -> item.path("type").asString()).containsExactly("PAIRING_ACCEPTED");
        assertThat(inboxOf(mentee, "MENTEE").toString()).doesNotContain("mentions", mentor);
        assertThat(inboxOf(mentor, "MENTOR").toString()).doesNotContain("mentions", mentee);
        assertThat(itemsOf(UUID.randomUUID().toString(), "ADMIN")).isEmpty();
    }

    @Test
    void thePersonalDataExportHoldsEveryItemOfTheCallersInboxAndNothingOfOthers() {
        events().publish(Topics.PAIRINGS, mentee, PairingProposed.class, fixture(PairingProposed.class));
        events().publish(Topics.PAIRINGS, mentee, PairingAccepted.class, fixture(PairingAccepted.class));
        events().publish(Topics.PAIRINGS, mentee, ForumsRecommended.class, PairingFixtures.inviting(fixture(ForumsRecommended.class)));
        await().atMost(WAIT).until(() -> itemsOf(mentee, "MENTEE").size() == 2 && itemsOf(mentor, "MENTOR").size() == 1);

        ResponseEntity<String> response = http().get("/api/personal-data", TestTokens.bearer(mentee, "MENTEE"));

        assertThat(response.getStatusCode().value()).isEqualTo(200);
        JsonNode export = Http.json(response);
        assertThat(export.path("service").asString()).isEqualTo("notifications");
        assertThat(export.path("accountId").asString()).isEqualTo(mentee);
        assertThat(export.path("data").path("inboxItems").valueStream().map(item -> item.path("type").asString()))
                .containsExactly("PAIRING_ACCEPTED", "FORUMS_RECOMMENDED");
        assertThat(export.path("data").toString()).doesNotContain(mentor, "Amina Khan", "mentions");
        assertThat(http().get("/api/personal-data", null).getStatusCode().value()).isEqualTo(401);
    }

    @Test
    void withoutATokenTheInboxIs401() {
        ResponseEntity<String> response = http().get("/api/notifications", null);

        assertThat(response.getStatusCode().value()).isEqualTo(401);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void aPageOrSizeOutOfRangeIs400NamingIt() {
        for (String query : List.of("size=0", "size=101", "page=-1", "size=x")) {
            ResponseEntity<String> response = http().get("/api/notifications?" + query, TestTokens.bearer(mentee, "MENTEE"));

            assertThat(response.getStatusCode().value()).as(query).isEqualTo(400);
            assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
            assertThat(response.getBody()).contains(query.substring(0, query.indexOf('=')));
        }
    }

    @Test
    void theInboxPagesNewestFirstAndMarkingAllReadTouchesOnlyTheCallersItems() {
        events().publish(Topics.PAIRINGS, mentee, PairingProposed.class, fixture(PairingProposed.class));
        events().publish(Topics.PAIRINGS, mentee, PairingDeclined.class, fixture(PairingDeclined.class));
        events().publish(Topics.PAIRINGS, mentee, PairingAccepted.class, fixture(PairingAccepted.class));
        events().publish(Topics.PAIRINGS, mentee, ForumsRecommended.class, PairingFixtures.inviting(fixture(ForumsRecommended.class)));
        await().atMost(WAIT).until(() -> inboxOf(mentee, "MENTEE").path("total").asLong() == 3);

        String token = TestTokens.bearer(mentee, "MENTEE");
        JsonNode first = Http.json(http().get("/api/notifications?page=0&size=2", token));
        JsonNode second = Http.json(http().get("/api/notifications?page=1&size=2", token));
        List<String> all = itemsOf(mentee, "MENTEE").stream().map(item -> item.path("id").asString()).toList();

        assertThat(first.path("items").valueStream().map(item -> item.path("id").asString()).toList()).isEqualTo(all.subList(0, 2));
        assertThat(second.path("items").valueStream().map(item -> item.path("id").asString()).toList()).isEqualTo(all.subList(2, 3));
        assertThat(first.path("total").asLong()).isEqualTo(3);
        assertThat(first.path("unreadCount").asLong()).isEqualTo(3);

        JsonNode allRead = Http.json(http().post("/api/notifications/read", token, null));

        assertThat(allRead.path("marked").asLong()).isEqualTo(3);
        assertThat(allRead.path("unreadCount").asLong()).isZero();
        assertThat(itemsOf(mentee, "MENTEE")).allSatisfy(item -> assertThat(item.path("read").asBoolean()).isTrue());
        assertThat(inboxOf(mentor, "MENTOR").path("unreadCount").asLong()).as("the mentor's proposal stays unread").isEqualTo(1);
        assertThat(Http.json(http().post("/api/notifications/read", token, null)).path("marked").asLong()).isZero();
    }

    @Test
    void aMalformedRecordGoesToTheDeadLetterTopicAndTheNextOneIsStillConsumed() {
        String poison = events().publish(Topics.PAIRINGS, mentee, EventTypes.typeOf(PairingAccepted.class), "{not json",
                UUID.randomUUID().toString());
        events().publish(Topics.PAIRINGS, mentee, PairingAccepted.class, fixture(PairingAccepted.class));

        await().atMost(WAIT).until(() -> itemsOf(mentee, "MENTEE").size() == 1);
        List<ConsumerRecord<String, String>> dead = events().read(Topics.deadLetterOf(Topics.PAIRINGS),
                record -> mentee.equals(record.key()), Duration.ofSeconds(20));
        assertThat(dead).extracting(record -> TestEvents.header(record, CloudEventHeaders.ID)).containsExactly(poison);
    }
}
