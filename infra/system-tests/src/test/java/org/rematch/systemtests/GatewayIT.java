package org.rematch.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The single public origin: an index page, and a status that says what is running. */
@ExtendWith(SystemUnderTest.class)
class GatewayIT {

    @Test
    void servesTheIndexPageAndTheStatusOfEveryService() {
        Http api = SystemUnderTest.gateway();
        var index = api.send("GET", "/", null, null, "text/html");
        assertThat(index.status()).as(index.toString()).isEqualTo(200);
        assertThat(index.contentType()).startsWith("text/html");

        var status = api.get("/platform/status", null);
        assertThat(status.status()).as(status.toString()).isEqualTo(200);
        assertThat(StreamSupport.stream(status.json().spliterator(), false)
                .map(s -> s.get("name").asString() + "=" + s.get("status").asString()))
                .containsExactlyInAnyOrder("profiles=UP", "mentor-directory=UP", "matching=UP", "forums=UP",
                        "notifications=UP");
    }
}
