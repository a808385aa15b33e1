package org.rematch.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The live stream through the gateway, as the web app will use it: a mentor keeps the stream open from where their
 * inbox page left off, a mentee on the same path registers, and the proposal arrives on the stream — the gateway
 * passes each event on as it comes rather than holding the response back.
 */
@ExtendWith(SystemUnderTest.class)
class LiveNotificationsIT {

    private final Http api = SystemUnderTest.gateway();
    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void aMentorWatchingTheLiveStreamSeesTheProposalArrive() {
        Person mentor = Person.register("MENTOR", "Dr Live " + run);
        Steps.list(mentor, "NUCMED", "IS", 2, 1);
        String position = api.get("/api/notifications", mentor.token()).json().get("streamPosition").asString();

        try (LiveStreamReader stream = LiveStreamReader.open(mentor, position)) {
            await().atMost(Duration.ofSeconds(30)).until(() -> stream.status() != null);
            assertThat(stream.status()).isEqualTo(200);

            Person mentee = Person.register("MENTEE", "Live Mentee " + run);
            Steps.postPath(mentee, "NUCMED", "IS", List.of());

            LiveStreamReader.Arrival proposal = await().atMost(Duration.ofSeconds(60))
                    .until(stream::notifications, arrivals -> !arrivals.isEmpty()).getFirst();
            assertThat(proposal.type()).isEqualTo("PAIRING_PROPOSED");
            assertThat(proposal.data().get("notification").get("title").asString()).contains("Live Mentee " + run);
            assertThat(proposal.data().get("unreadCount").asLong()).isEqualTo(1);
        }
    }
}
