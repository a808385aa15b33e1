package org.rematch.testsupport;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.rematch.contracts.CloudEventHeaders;
import org.rematch.contracts.EventTypes;

/**
 * Plays the other services in a service's integration test: publishes events exactly as the outbox relay does
 * (CloudEvents binary mode) and reads what the service published. Works against the real broker of the test.
 */
public final class TestEvents {

    private final String bootstrapServers;

    public TestEvents(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    /** Publishes {@code json} as an event of {@code eventClass}; returns its ce_id. */
    public String publish(String topic, String key, Class<?> eventClass, String json) {
        return publish(topic, key, EventTypes.typeOf(eventClass), json, UUID.randomUUID().toString());
    }

    /** Publishes a tombstone (null value) for {@code key}, as a compacted topic's owner does when the entity is deleted. */
    public String tombstone(String topic, String key, Class<?> eventClass) {
        return publish(topic, key, EventTypes.typeOf(eventClass), null, UUID.randomUUID().toString());
    }

    /** Publishes a raw value with the given ce_type and ce_id, e.g. to redeliver an event or send a poison record. */
    public String publish(String topic, String key, String type, String value, String eventId) {
        Map<String, Object> config = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config)) {
            ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, value);
            header(record, CloudEventHeaders.ID, eventId);
            header(record, CloudEventHeaders.TYPE, type);
            header(record, CloudEventHeaders.SOURCE, "/rematch/test");
            header(record, CloudEventHeaders.TIME, Instant.now().toString());
            header(record, CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_VALUE);
            header(record, CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
            producer.send(record).get(10, TimeUnit.SECONDS);
            return eventId;
        } catch (Exception e) {
            throw new IllegalStateException("Could not publish to " + topic, e);
        }
    }

    /** Every record on {@code topic} so far (from the beginning) that matches, waiting up to {@code timeout} for one. */
    public List<ConsumerRecord<String, String>> read(String topic, Predicate<ConsumerRecord<String, String>> matching,
            Duration timeout) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "test-reader-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        List<ConsumerRecord<String, String>> found = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config)) {
            consumer.subscribe(List.of(topic));
            Instant deadline = Instant.now().plus(timeout);
            while (Instant.now().isBefore(deadline)) {
                consumer.poll(Duration.ofMillis(200)).forEach(record -> {
                    if (matching.test(record)) {
                        found.add(record);
                    }
                });
                if (!found.isEmpty() && consumer.assignment().stream()
                        .allMatch(partition -> consumer.position(partition) >= consumer.endOffsets(List.of(partition)).get(partition))) {
                    return found;
                }
            }
        }
        return found;
    }

    /** The value of a header of a record read by {@link #read}. */
    public static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static void header(ProducerRecord<String, String> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
