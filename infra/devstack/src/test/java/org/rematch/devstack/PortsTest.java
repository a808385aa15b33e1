package org.rematch.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PortsTest {

    @Test
    void defaultsAreTheDocumentedPorts() {
        Ports ports = Ports.defaults();
        assertThat(ports.byName()).containsExactly(
                Map.entry("kafka", 9092), Map.entry("kafka-controller", 9093), Map.entry("mongo", 27017),
                Map.entry("mail", 3025), Map.entry("mailbox", 8025),
                Map.entry("profiles", 8081), Map.entry("mentor-directory", 8082), Map.entry("forums", 8084),
                Map.entry("matching", 8083), Map.entry("notifications", 8085), Map.entry("gateway", 8080));
    }

    @Test
    void environmentOverridesSinglePorts() {
        Ports ports = Ports.fromEnv(Map.of("REMATCH_PORT_MATCHING", "9183", "REMATCH_PORT_MENTOR_DIRECTORY", " 9182 ",
                "REMATCH_PORT_KAFKA_CONTROLLER", "19093", "REMATCH_PORT_MAIL", "2525", "REMATCH_PORT_MAILBOX", "9025",
                "UNRELATED", "1"));
        assertThat(ports.matching()).isEqualTo(9183);
        assertThat(ports.mentorDirectory()).isEqualTo(9182);
        assertThat(ports.kafkaController()).isEqualTo(19093);
        assertThat(ports.mail()).isEqualTo(2525);
        assertThat(ports.mailbox()).isEqualTo(9025);
        assertThat(ports.gateway()).isEqualTo(8080);
        assertThat(ports.of("matching")).isEqualTo(9183);
    }

    @Test
    void aBadPortNamesTheVariable() {
        assertThatThrownBy(() -> Ports.fromEnv(Map.of("REMATCH_PORT_GATEWAY", "eighty")))
                .hasMessage("REMATCH_PORT_GATEWAY=eighty is not a port number");
        assertThatThrownBy(() -> Ports.fromEnv(Map.of("REMATCH_PORT_GATEWAY", "70000")))
                .hasMessageContaining("REMATCH_PORT_GATEWAY=70000");
    }

    @Test
    void freePortsAreDistinctAndFree() {
        Ports ports = Ports.free();
        assertThat(new HashSet<>(ports.byName().values())).hasSize(11);
        assertThat(ports.byName()).containsKeys("mail", "mailbox");
        assertThat(ports.byName().values()).allMatch(PortCheck::isFree);
    }

    @Test
    void envNameOfAComponent() {
        assertThat(Ports.envName("mentor-directory")).isEqualTo("REMATCH_PORT_MENTOR_DIRECTORY");
    }
}
