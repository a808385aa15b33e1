package org.rematch.devstack.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.mail.Message;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rematch.devstack.Ports;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The development mail server in this JVM: real SMTP in, the mailbox page and messages.json out. */
class DevMailServerTest {

    private static final String HOSTILE_SUBJECT = "Proposal from <script>alert(\"x\")</script> & co — Amina";
    private static final String HOSTILE_TEXT = "Amina wrote: <b>hi</b> & 'bye'";

    private final HttpClient http = HttpClient.newHttpClient();
    private DevMailServer server;

    @BeforeEach
    void start() {
        Ports ports = Ports.free();
        server = DevMailServer.start(ports.mail(), ports.mailbox());
    }

    @AfterEach
    void stop() {
        server.close();
        http.close();
    }

    @Test
    void everyMessageSentOverSmtpIsListedNewestFirstAsJson() throws Exception {
        MimeMessage proposal = TestMail.message(server.smtpPort(), "Rematch <no-reply@rematch.local>",
                "bilal@example.org", HOSTILE_SUBJECT, HOSTILE_TEXT, "<p>Amina wrote: &lt;b&gt;hi</p>");
        proposal.addRecipients(Message.RecipientType.BCC, InternetAddress.parse("audit@example.org"));
        Transport.send(proposal);
        TestMail.send(server.smtpPort(), "no-reply@rematch.local", "sara@example.org", "Plain only", "Just text", null);

        JsonNode messages = await().atMost(Duration.ofSeconds(10))
                .until(() -> JsonMapper.shared().readTree(get("/messages.json").body()), json -> json.size() == 2);

        JsonNode newest = messages.get(0);
        assertThat(newest.get("id").asLong()).isEqualTo(2);
        assertThat(newest.get("subject").asString()).isEqualTo("Plain only");
        assertThat(newest.get("text").asString()).isEqualTo("Just text");
        assertThat(newest.get("html").isNull()).isTrue();
        JsonNode first = messages.get(1);
        assertThat(first.get("id").asLong()).isEqualTo(1);
        assertThat(Instant.parse(first.get("receivedAt").asString())).isBefore(Instant.now().plusSeconds(1));
        assertThat(first.get("from").asString()).isEqualTo("Rematch <no-reply@rematch.local>");
        assertThat(first.get("to").valueStream().map(JsonNode::asString))
                .containsExactlyInAnyOrder("bilal@example.org", "audit@example.org");
        assertThat(first.get("subject").asString()).isEqualTo(HOSTILE_SUBJECT);
        assertThat(first.get("text").asString()).isEqualTo(HOSTILE_TEXT);
        assertThat(first.get("html").asString()).isEqualTo("<p>Amina wrote: &lt;b&gt;hi</p>");
    }

    @Test
    void thePageShowsEachMessageEscapedWithALinkToItsHtmlPart() throws Exception {
        TestMail.send(server.smtpPort(), "\"Dr. <img src=x onerror=alert(1)>\" <bilal@example.org>",
                "amina@example.org", HOSTILE_SUBJECT, HOSTILE_TEXT, "<p>The <em>HTML</em> part</p>");
        TestMail.send(server.smtpPort(), "no-reply@rematch.local", "sara@example.org", "Plain only", "Just text", null);

        String page = await().atMost(Duration.ofSeconds(10))
                .until(() -> get("/").body(), body -> body.contains("Plain only"));

        assertThat(page)
                .contains("Proposal from &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; co — Amina")
                .contains("<pre>Amina wrote: &lt;b&gt;hi&lt;/b&gt; &amp; &#39;bye&#39;</pre>")
                .contains("from &quot;Dr. &lt;img src=x onerror=alert(1)&gt;&quot; &lt;bilal@example.org&gt;")
                .contains("to amina@example.org")
                .contains("<a href=\"/messages/1/html\">view the HTML part</a>")
                .doesNotContain("/messages/2/html", "<script", "<b>", "<img");
        assertThat(page.indexOf("Plain only")).as("newest first").isLessThan(page.indexOf("Proposal from"));

        HttpResponse<String> html = get("/messages/1/html");
        assertThat(html.statusCode()).isEqualTo(200);
        assertThat(html.body()).isEqualTo("<p>The <em>HTML</em> part</p>");
        assertThat(html.headers().firstValue("Content-Type")).contains("text/html; charset=utf-8");
        assertThat(html.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
                policy -> assertThat(policy).startsWith("sandbox;"));
    }

    @Test
    void anEmptyMailboxSaysSoAndUnknownAddressesAreNotFound() throws Exception {
        assertThat(get("/").body()).contains("No email yet.");
        assertThat(get("/messages.json").body()).isEqualTo("[]");
        assertThat(get("/messages/1/html").statusCode()).isEqualTo(404);
        assertThat(get("/nothing").statusCode()).isEqualTo(404);
        HttpResponse<String> post = http.send(HttpRequest.newBuilder(URI.create(server.mailboxUrl() + "/"))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(post.statusCode()).isEqualTo(405);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(server.mailboxUrl() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
