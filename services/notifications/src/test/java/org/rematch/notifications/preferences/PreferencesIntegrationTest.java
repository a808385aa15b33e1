package org.rematch.notifications.preferences;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.rematch.contracts.Fixtures;
import org.rematch.contracts.Topics;
import org.rematch.contracts.accounts.AccountSnapshot;
import org.rematch.contracts.accounts.Role;
import org.rematch.contracts.pairings.PairingProposed;
import org.rematch.contracts.pairings.PairingReminderDue;
import org.rematch.notifications.TestMailServer;
import org.rematch.notifications.inbox.InboxStore;
import org.rematch.testsupport.Http;
import org.rematch.testsupport.RematchServiceTest;
import org.rematch.testsupport.ServiceTestBase;
import org.rematch.testsupport.StoredDocuments;
import org.rematch.testsupport.TestTokens;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Each person's email choices: their own only, checked field by field, and obeyed by the email channel. */
@RematchServiceTest
class PreferencesIntegrationTest extends ServiceTestBase {

    static final Duration WAIT = Duration.ofSeconds(30);
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String PATH = "/api/notifications/preferences";

    final String mentor = UUID.randomUUID().toString();
    final String mentee = UUID.randomUUID().toString();

    @Test
    void everyTypeHasAChoiceAndItsDefaultUntilThePersonChooses() {
        JsonNode preferences = get(mentor);

        assertThat(preferences.path("email").valueStream().map(type -> type.path("type").asString()))
                .contains("PAIRING_PROPOSED", "FORUM_JOINED", "MODERATION_URGENT").hasSize(12);
        JsonNode proposals = ofType(preferences, "PAIRING_PROPOSED");
        assertThat(proposals.path("email").asString()).isEqualTo("IMMEDIATELY");
        assertThat(proposals.path("about").asString()).isEqualTo("new mentee proposals and requests");
        assertThat(proposals.path("choices").valueStream().map(JsonNode::asString)).containsExactly("IMMEDIATELY", "OFF");
        assertThat(ofType(preferences, "MODERATION_URGENT").path("choices").valueStream().map(JsonNode::asString))
                .containsExactly("IMMEDIATELY");
    }

    @Test
    void aChangeTouchesOnlyTheTypesItNamesAndOnlyTheCallersChoices() {
        ResponseEntity<String> response = put(mentor, "{\"email\":{\"PAIRING_PROPOSED\":\"OFF\",\"MUTED\":\"OFF\"}}");

        assertThat(response.getStatusCode().value()).isEqualTo(200);
        assertThat(ofType(Http.json(response), "PAIRING_PROPOSED").path("email").asString()).isEqualTo("OFF");
        put(mentor, "{\"email\":{\"MUTED\":\"IMMEDIATELY\"}}");
        JsonNode mine = get(mentor);
        assertThat(ofType(mine, "PAIRING_PROPOSED").path("email").asString()).isEqualTo("OFF");
        assertThat(ofType(mine, "MUTED").path("email").asString()).isEqualTo("IMMEDIATELY");
        assertThat(ofType(get(mentee), "PAIRING_PROPOSED").path("email").asString()).as("someone else's").isEqualTo("IMMEDIATELY");
    }

    @Test
    void badChoicesAre400ProblemsNamingTheFieldAndChangeNothing() {
        put(mentor, "{\"email\":{\"PAIRING_ENDED\":\"OFF\"}}");

        assertProblem(put(mentor, "{\"email\":{\"PAIRING_ENDED\":\"IMMEDIATELY\",\"NOT_A_TYPE\":\"OFF\"}}"), "email.NOT_A_TYPE",
                "is not a type of notification");
        assertProblem(put(mentor, "{\"email\":{\"PAIRING_PROPOSED\":\"SOMETIMES\"}}"), "email.PAIRING_PROPOSED", "must be one of IMMEDIATELY, OFF");
        assertProblem(put(mentor, "{\"email\":{\"MODERATION_URGENT\":\"OFF\"}}"), "email.MODERATION_URGENT", "cannot be turned off");
        assertProblem(put(mentor, "{\"email\":{}}"), "email", "must not be empty");
        assertProblem(put(mentor, "{}"), "email", "must not be empty");
        ResponseEntity<String> malformed = put(mentor, "{\"email\":");
        assertThat(malformed.getStatusCode().value()).isEqualTo(400);
        assertThat(malformed.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);

        assertThat(ofType(get(mentor), "PAIRING_ENDED").path("email").asString()).isEqualTo("OFF");
    }

    @Test
    void withoutATokenThereAreNoPreferences() {
        assertThat(http().get(PATH, null).getStatusCode().value()).isEqualTo(401);
        assertThat(http().put(PATH, null, "{\"email\":{\"MUTED\":\"OFF\"}}").getStatusCode().value()).isEqualTo(401);
    }

    @Test
    void withEmailOffTheItemIsInTheInboxButNoEmailIsSent() {
        account(mentor, "Dr. Bilal Ahmed");
        put(mentor, "{\"email\":{\"PAIRING_PROPOSED\":\"OFF\"}}");

        events().publish(Topics.PAIRINGS, mentee, PairingProposed.class, fixture(PairingProposed.class));
        // a later item of a type still on: once its email is out, the proposal's would have been too
        events().publish(Topics.PAIRINGS, mentee, PairingReminderDue.class, fixture(PairingReminderDue.class));

        await().atMost(WAIT).until(() -> !TestMailServer.emailsTo(address(mentor)).isEmpty());
        assertThat(TestMailServer.emailsTo(address(mentor))).extracting(TestMailServer.Email::subject)
                .containsExactly("Reminder: Amina Khan is waiting for your answer");
        JsonNode inbox = Http.json(http().get("/api/notifications", TestTokens.bearer(mentor, "MENTOR")));
        assertThat(inbox.path("items").valueStream().map(item -> item.path("type").asString()))
                .containsExactlyInAnyOrder("PAIRING_PROPOSED", "PAIRING_REMINDER");
        assertThat(emailOf(mentor, "PAIRING_PROPOSED").getString("state")).isEqualTo("SKIPPED");
    }

    @Test
    void theChoicesAreInTheExportAndGoWithTheErasure() {
        put(mentor, "{\"email\":{\"FORUM_JOINED\":\"OFF\"}}");

        JsonNode export = Http.json(http().get("/api/personal-data", TestTokens.bearer(mentor, "MENTOR"))).path("data");
        assertThat(export.path("emailChoices").path("FORUM_JOINED").asString()).isEqualTo("OFF");

        String tombstone = events().tombstone(Topics.ACCOUNTS, mentor, AccountSnapshot.class);
        await().atMost(WAIT).until(() -> handled("notifications.account-erasure", tombstone));
        assertThat(StoredDocuments.mentioning(mongo, mentor)).isEmpty();

        // a token issued before the erasure still works until it expires: choosing then stores nothing
        assertThat(put(mentor, "{\"email\":{\"FORUM_JOINED\":\"OFF\"}}").getStatusCode().value()).isEqualTo(200);
        assertThat(StoredDocuments.mentioning(mongo, mentor)).as("nothing of an erased person is stored again").isEmpty();
    }

    // --- helpers ---

    JsonNode get(String accountId) {
        ResponseEntity<String> response = http().get(PATH, TestTokens.bearer(accountId, "MENTOR"));
        assertThat(response.getStatusCode().value()).isEqualTo(200);
        return Http.json(response);
    }

    ResponseEntity<String> put(String accountId, String body) {
        return http().put(PATH, TestTokens.bearer(accountId, "MENTOR"), body);
    }

    static JsonNode ofType(JsonNode preferences, String type) {
        return preferences.path("email").valueStream().filter(entry -> entry.path("type").asString().equals(type)).findFirst().orElseThrow();
    }

    static void assertProblem(ResponseEntity<String> response, String field, String message) {
        JsonNode problem = Http.problem(response, 400);
        List<JsonNode> errors = problem.path("errors").valueStream().toList();
        assertThat(errors).anySatisfy(error -> {
            assertThat(error.path("field").asString()).isEqualTo(field);
            assertThat(error.path("message").asString()).contains(message);
        });
    }

    String fixture(Class<?> type) {
        return Fixtures.json(type).replace("7e3b1c9a-5d2f-4a8e-b6c4-1f0e9d8c7b6a", UUID.randomUUID().toString())
                .replace("a1f6c7e2-0d55-4a4e-9a39-6f6f0f1d2b11", mentee).replace("5b0e3a52-7c2d-4e0f-8a1b-2c3d4e5f6a7b", mentor);
    }

    void account(String accountId, String displayName) {
        events().publish(Topics.ACCOUNTS, accountId, AccountSnapshot.class,
                JSON.writeValueAsString(new AccountSnapshot(accountId, 1, address(accountId), displayName, Set.of(Role.MENTOR))));
    }

    static String address(String accountId) {
        return accountId + "@example.org";
    }

    Document emailOf(String recipientId, String type) {
        Document item = mongo.findOne(Query.query(Criteria.where("recipientId").is(recipientId).and("type").is(type)), Document.class,
                InboxStore.COLLECTION);
        assertThat(item).isNotNull();
        return item.get("email", Document.class);
    }
}
