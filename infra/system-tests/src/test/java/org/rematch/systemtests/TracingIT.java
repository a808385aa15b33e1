package org.rematch.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * One registration can be followed across services: the trace a client starts when posting a mentee's path is the
 * trace of the mentee snapshot profiles publishes and of the proposal matching publishes in response.
 */
@ExtendWith(SystemUnderTest.class)
class TracingIT {

    @Test
    void theTraceOfARegistrationReachesTheProposalItCaused() {
        Http api = SystemUnderTest.gateway();
        Person mentor = Person.register("MENTOR", "Dr Trace Mentor");
        var listed = api.post("/api/mentors", mentor.token(), Steps.listing("OBGYN", "KE", 1, 1));
        assertThat(listed.status()).as(listed.toString()).isEqualTo(201);
        Person mentee = Person.register("MENTEE", "Tracy Traced");
        String traceId = UUID.randomUUID().toString().replace("-", "");

        var posted = api.post("/api/mentees", mentee.token(), Steps.path("OBGYN", "KE", List.of()),
                Map.of("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01"));
        assertThat(posted.status()).as(posted.toString()).isEqualTo(201);

        ConsumerRecord<String, String> snapshot = awaitRecord("profiles.mentees", mentee.id(), "MenteeSnapshot");
        ConsumerRecord<String, String> proposal = awaitRecord("matching.pairings", mentee.id(), "PairingProposed");
        assertThat(header(snapshot, "traceparent")).contains(traceId);
        assertThat(header(proposal, "traceparent")).contains(traceId);
        assertThat(header(proposal, "ce_source")).isEqualTo("/rematch/matching");
        assertThat(header(proposal, "ce_specversion")).isEqualTo("1.0");
        assertThat(proposal.value()).contains(mentor.id());
    }

    private static ConsumerRecord<String, String> awaitRecord(String topic, String key, String eventName) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:" + SystemUnderTest.platform().ports().kafka(),
                ConsumerConfig.GROUP_ID_CONFIG, "tracing-it-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config)) {
            consumer.subscribe(List.of(topic));
            List<ConsumerRecord<String, String>> found = new ArrayList<>();
            await(eventName + " for " + key + " on " + topic).atMost(Duration.ofSeconds(30)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(record -> {
                    if (key.equals(record.key()) && String.valueOf(header(record, "ce_type")).contains("." + eventName + ".")) {
                        found.add(record);
                    }
                });
                return !found.isEmpty();
            });
            return found.getFirst();
        }
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
