package org.rematch.notifications.preferences;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.rematch.contracts.Fixtures;
import org.rematch.contracts.Topics;
import org.rematch.contracts.accounts.AccountSnapshot;
import org.rematch.contracts.accounts.Role;
import org.rematch.contracts.pairings.PairingProposed;
import org.rematch.contracts.pairings.PairingReminderDue;
import org.rematch.notifications.TestMailServer;
import org.rematch.notifications.TestMailServer.Email;
import org.rematch.notifications.inbox.core.InboxItemType;
import org.rematch.testsupport.Http;
import org.rematch.testsupport.RematchServiceTest;
import org.rematch.testsupport.ServiceTestBase;
import org.rematch.testsupport.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The unsubscribe link every optional email carries: works without signing in, turns that type off, refuses forgeries. */
@RematchServiceTest
class UnsubscribeIntegrationTest extends ServiceTestBase {

    static final Duration WAIT = Duration.ofSeconds(30);
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String PUBLIC_URL = "http://localhost:8080";

    final String mentor = UUID.randomUUID().toString();
    final String mentee = UUID.randomUUID().toString();

    @Autowired
    UnsubscribeLinks links;

    @Test
    void theLinkInTheEmailTurnsThatTypeOffWithoutSigningInAndNoFurtherEmailOfItComes() {
        account(mentor);
        publish(PairingProposed.class);
        Email email = awaitEmails(1).getFirst();
        String link = email.header("List-Unsubscribe").replaceAll("^<|>$", "");
        assertThat(link).startsWith(PUBLIC_URL + "/api/notifications/unsubscribe?token=");
        assertThat(email.header("List-Unsubscribe-Post")).isEqualTo("List-Unsubscribe=One-Click");
        assertThat(email.text()).contains("Unsubscribe from these emails: " + link);
        assertThat(email.html()).contains("Unsubscribe from these emails");

        String path = link.substring(PUBLIC_URL.length());
        ResponseEntity<String> page = http().get(path, null);

        assertThat(page.getStatusCode().value()).isEqualTo(200);
        assertThat(page.getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_HTML)).isTrue();
        assertThat(page.getBody()).contains("Stop these emails?", "emails about new mentee proposals and requests",
                "<form method=\"post\" action=\"?token=" + path.substring(path.indexOf("token=") + "token=".length()) + "\"");
        assertThat(choice(mentor, "PAIRING_PROPOSED")).as("following the link only asks").isEqualTo("IMMEDIATELY");

        ResponseEntity<String> confirmed = submit(path, "");

        assertThat(confirmed.getStatusCode().value()).isEqualTo(200);
        assertThat(confirmed.getBody()).contains("You will no longer get emails about new mentee proposals and requests.");
        assertThat(choice(mentor, "PAIRING_PROPOSED")).isEqualTo("OFF");
        assertThat(http().get(path, null).getBody()).as("the link again").contains("You are already unsubscribed")
                .doesNotContain("<form");
        assertThat(submit(path, "").getStatusCode().value()).as("confirmed again").isEqualTo(200);

        publish(PairingProposed.class);
        // a later email of a type still on: once it is out, the second proposal's would have been too
        publish(PairingReminderDue.class);
        await().atMost(WAIT).until(() -> TestMailServer.emailsTo(address(mentor)).size() >= 2);
        assertThat(TestMailServer.emailsTo(address(mentor))).extracting(Email::subject)
                .containsExactly("Amina Khan asked you to be their mentor", "Reminder: Amina Khan is waiting for your answer");
    }

    @Test
    void aMailClientsOneClickPostTurnsItOffToo() {
        String link = links.to(mentor, InboxItemType.FORUM_JOINED).orElseThrow();

        ResponseEntity<String> response = RestClient.create("http://localhost:" + port).post().uri(link.substring(PUBLIC_URL.length()))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).accept(MediaType.APPLICATION_JSON).body("List-Unsubscribe=One-Click")
                .retrieve().onStatus(status -> true, (req, res) -> { }).toEntity(String.class);

        assertThat(response.getStatusCode().value()).as("whatever the client accepts").isEqualTo(200);
        assertThat(choice(mentor, "FORUM_JOINED")).isEqualTo("OFF");
    }

    @Test
    void aTamperedForgedOrMissingTokenIsA400ProblemAndChangesNothing() {
        String link = links.to(mentor, InboxItemType.PAIRING_PROPOSED).orElseThrow().substring(PUBLIC_URL.length());
        String token = link.substring(link.indexOf("token=") + "token=".length());
        String otherPersonsToken = links.to(mentee, InboxItemType.PAIRING_PROPOSED).orElseThrow();
        String spliced = token.substring(0, token.indexOf('.')) + otherPersonsToken.substring(otherPersonsToken.indexOf('.'));

        for (String bad : new String[] {token.substring(0, token.length() - 2) + "xy", spliced, "forged", "%00%ff", ""}) {
            JsonNode problem = Http.problem(http().get("/api/notifications/unsubscribe?token=" + bad, null), 400);
            assertThat(problem.toString()).as(bad).contains("token");
            Http.problem(submit("/api/notifications/unsubscribe?token=" + bad, ""), 400);
        }
        Http.problem(http().get("/api/notifications/unsubscribe", null), 400);
        Http.problem(submit("/api/notifications/unsubscribe", ""), 400);
        assertThat(choice(mentor, "PAIRING_PROPOSED")).isEqualTo("IMMEDIATELY");
    }

    @Test
    void urgentPagesHaveNoUnsubscribeLink() {
        assertThat(links.to(mentor, InboxItemType.MODERATION_URGENT)).isEmpty();
    }

    // --- helpers ---

    /** A form POST, as the page's button and a mail client's one-click unsubscribe send it. */
    ResponseEntity<String> submit(String path, String form) {
        return RestClient.create("http://localhost:" + port).post().uri(path)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).body(form)
                .retrieve().onStatus(status -> true, (req, res) -> { }).toEntity(String.class);
    }

    String choice(String accountId, String type) {
        JsonNode preferences = Http.json(http().get("/api/notifications/preferences", TestTokens.bearer(accountId, "MENTOR")));
        return PreferencesIntegrationTest.ofType(preferences, type).path("email").asString();
    }

    void publish(Class<?> type) {
        events().publish(Topics.PAIRINGS, mentee, type, Fixtures.json(type)
                .replace("7e3b1c9a-5d2f-4a8e-b6c4-1f0e9d8c7b6a", UUID.randomUUID().toString())
                .replace("a1f6c7e2-0d55-4a4e-9a39-6f6f0f1d2b11", mentee).replace("5b0e3a52-7c2d-4e0f-8a1b-2c3d4e5f6a7b", mentor));
    }

    java.util.List<Email> awaitEmails(int count) {
        await().atMost(WAIT).until(() -> TestMailServer.emailsTo(address(mentor)).size() >= count);
        return TestMailServer.emailsTo(address(mentor));
    }

    void account(String accountId) {
        events().publish(Topics.ACCOUNTS, accountId, AccountSnapshot.class,
                JSON.writeValueAsString(new AccountSnapshot(accountId, 1, address(accountId), "Dr. Bilal Ahmed", Set.of(Role.MENTOR))));
    }

    static String address(String accountId) {
        return accountId + "@example.org";
    }
}
