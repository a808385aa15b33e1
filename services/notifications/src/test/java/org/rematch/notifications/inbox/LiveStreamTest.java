package org.rematch.notifications.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.rematch.contracts.Topics;
import org.rematch.contracts.pairings.PairingAccepted;
import org.rematch.contracts.pairings.PairingDeclined;
import org.rematch.contracts.pairings.PairingProposed;
import org.rematch.testsupport.Http;
import org.rematch.testsupport.RematchServiceTest;
import org.rematch.testsupport.ServiceTestBase;
import org.rematch.testsupport.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The live stream over real HTTP, fed through the real broker: new items arrive on an open stream, a client that
 * reconnects with Last-Event-ID gets exactly what it missed, the inbox's streamPosition joins page and stream without a
 * gap, and nobody streams anyone else's items.
 */
@RematchServiceTest
@TestPropertySource(properties = "rematch.notifications.stream.heartbeat=1s")
class LiveStreamTest extends ServiceTestBase {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Autowired
    LiveStream live;

    private final PairingFixtures fixtures = PairingFixtures.fresh();

    private String stream() {
        return "http://localhost:" + port + "/api/notifications/stream";
    }

    private static String menteeToken(String menteeId) {
        return TestTokens.bearer(menteeId, "MENTEE");
    }

    private void publish(Class<?> type) {
        events().publish(Topics.PAIRINGS, fixtures.mentee(), type, fixtures.json(type));
    }

    private static List<SseClient.Event> notifications(SseClient client) {
        return client.events().stream().filter(event -> "notification".equals(event.name())).toList();
    }

    private static JsonNode data(SseClient.Event event) {
        return Http.JSON.readTree(event.data());
    }

    @Test
    void aNewItemArrivesOnTheOpenStreamWithTheUnreadCount() throws Exception {
        try (SseClient client = SseClient.open(stream(), menteeToken(fixtures.mentee()), null)) {
            assertThat(client.status()).isEqualTo(200);
            assertThat(client.contentType()).startsWith(MediaType.TEXT_EVENT_STREAM_VALUE);

            publish(PairingAccepted.class);

            SseClient.Event event = await().atMost(WAIT).until(() -> notifications(client), found -> !found.isEmpty()).getFirst();
            JsonNode item = data(event).path("notification");
            assertThat(item.path("type").asString()).isEqualTo("PAIRING_ACCEPTED");
            assertThat(item.path("recipientId").asString()).isEqualTo(fixtures.mentee());
            assertThat(data(event).path("unreadCount").asLong()).isEqualTo(1);
            assertThat(Long.parseLong(event.id())).isPositive();
        }
    }

    @Test
    void aClientThatReconnectsWithLastEventIdGetsExactlyWhatItMissed() throws Exception {
        String lastSeen;
        try (SseClient client = SseClient.open(stream(), menteeToken(fixtures.mentee()), null)) {
            publish(PairingDeclined.class);
            lastSeen = await().atMost(WAIT).until(() -> notifications(client), found -> found.size() == 1).getFirst().id();
        }
        publish(PairingAccepted.class);
        events().publish(Topics.PAIRINGS, fixtures.mentee(), PairingDeclined.class,
                fixtures.json(PairingDeclined.class).replace(fixtures.pairing(), UUID.randomUUID().toString()));
        await().atMost(WAIT).until(() -> inbox().path("total").asLong() == 3);

        try (SseClient resumed = SseClient.open(stream(), menteeToken(fixtures.mentee()), lastSeen)) {
            List<SseClient.Event> missed = await().atMost(WAIT).until(() -> notifications(resumed), found -> found.size() >= 2);

            assertThat(missed).extracting(event -> data(event).path("notification").path("type").asString())
                    .containsExactly("PAIRING_ACCEPTED", "PAIRING_REMATCHING");
            assertThat(missed).extracting(SseClient.Event::id).allSatisfy(id -> assertThat(Long.parseLong(id)).isGreaterThan(
                    Long.parseLong(lastSeen)));
            await().during(Duration.ofSeconds(1)).atMost(WAIT).until(() -> notifications(resumed).size() == 2);
        }
    }

    @Test
    void theInboxsStreamPositionJoinsThePageToTheStreamWithoutAGapOrARepeat() throws Exception {
        publish(PairingDeclined.class);
        await().atMost(WAIT).until(() -> inbox().path("total").asLong() == 1);
        String position = inbox().path("streamPosition").asString();
        publish(PairingAccepted.class); // after the page was read, before the stream opens

        try (SseClient client = SseClient.open(stream(), menteeToken(fixtures.mentee()), position)) {
            await().atMost(WAIT).until(() -> notifications(client).size() == 1);
            await().during(Duration.ofSeconds(1)).atMost(WAIT).until(() -> notifications(client).size() == 1);

            assertThat(data(notifications(client).getFirst()).path("notification").path("type").asString()).isEqualTo("PAIRING_ACCEPTED");
        }
    }

    @Test
    void nobodyStreamsAnotherPersonsItemsAndAStreamWithoutATokenIs401() throws Exception {
        try (SseClient mentor = SseClient.open(stream(), TestTokens.bearer(fixtures.mentor(), "MENTOR"), null);
                SseClient someoneElse = SseClient.open(stream(), menteeToken(UUID.randomUUID().toString()), "0")) {
            publish(PairingProposed.class);
            publish(PairingAccepted.class);

            await().atMost(WAIT).until(() -> notifications(mentor).size() == 1);
            await().during(Duration.ofSeconds(1)).atMost(WAIT).until(() -> notifications(mentor).size() == 1);
            assertThat(data(notifications(mentor).getFirst()).path("notification").path("type").asString())
                    .isEqualTo("PAIRING_PROPOSED");
            assertThat(notifications(someoneElse)).isEmpty();
        }
        try (SseClient anonymous = SseClient.open(stream(), null, null)) {
            assertThat(anonymous.status()).isEqualTo(401);
        }
    }

    @Test
    void aLastEventIdThisStreamNeverSentIs400() throws Exception {
        for (String bad : List.of("yesterday", "-5")) {
            try (SseClient client = SseClient.open(stream(), menteeToken(fixtures.mentee()), bad)) {
                assertThat(client.status()).as(bad).isEqualTo(400);
                assertThat(client.contentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            }
        }
    }

    @Test
    void aClientThatGoesAwayIsForgotten() throws Exception {
        SseClient client = SseClient.open(stream(), menteeToken(fixtures.mentee()), null);
        await().atMost(WAIT).until(() -> live.openStreamsOf(fixtures.mentee()) == 1);

        client.close();

        await().atMost(WAIT).until(() -> live.openStreamsOf(fixtures.mentee()) == 0);
    }

    private JsonNode inbox() {
        ResponseEntity<String> response = http().get("/api/notifications", menteeToken(fixtures.mentee()));
        assertThat(response.getStatusCode().value()).isEqualTo(200);
        return Http.json(response);
    }
}
