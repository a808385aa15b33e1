package org.rematch.kit.messaging;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serializer;
import org.rematch.contracts.Topics;
import org.rematch.kit.outbox.EventOutbox;
import org.rematch.kit.outbox.OutboxRelay;
import org.rematch.kit.privacy.TombstoneOutbox;
import org.rematch.kit.trace.TraceparentFilter;
import org.rematch.kit.trace.TraceparentRecordInterceptor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaProducerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.listener.RecordInterceptor;
import org.springframework.kafka.support.ExponentialBackOffWithMaxRetries;
import org.springframework.kafka.support.serializer.DelegatingByTypeSerializer;
import org.springframework.kafka.support.serializer.JacksonJsonSerializer;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one way to publish and consume. Publishing: documents carry an outbox that {@link OutboxRelay} sends with
 * acks=all and idempotence. Consuming: ErrorHandlingDeserializer around a ce_type-driven JSON deserializer (see
 * rematch-kit.properties), bounded exponential retries, then the record's dead-letter topic with the failure in
 * headers, so a poison record never blocks its partition; {@link ProcessedEvents} skips redelivered events.
 */
@AutoConfiguration
@EnableConfigurationProperties(MessagingProperties.class)
public class MessagingAutoConfiguration {

    /** Outbox payloads are already JSON bytes; dead letters may be records, or raw bytes that failed to deserialize. */
    @Bean
    DefaultKafkaProducerFactoryCustomizer rematchValueSerializer() {
        Map<Class<?>, Serializer<?>> byType = new LinkedHashMap<>();
        byType.put(byte[].class, new ByteArraySerializer());
        byType.put(Object.class, new JacksonJsonSerializer<>());
        DelegatingByTypeSerializer serializer = new DelegatingByTypeSerializer(byType, true);
        return factory -> useValueSerializer(factory, serializer);
    }

    @SuppressWarnings("unchecked")
    private static void useValueSerializer(DefaultKafkaProducerFactory<?, ?> factory, Serializer<?> serializer) {
        ((DefaultKafkaProducerFactory<Object, Object>) factory).setValueSerializer((Serializer<Object>) serializer);
    }

    @Bean
    CommonErrorHandler deadLetteringErrorHandler(KafkaTemplate<Object, Object> kafka, MessagingProperties properties) {
        ExponentialBackOffWithMaxRetries backOff = new ExponentialBackOffWithMaxRetries(properties.retries());
        backOff.setInitialInterval(properties.retryBackOff().toMillis());
        backOff.setMultiplier(2);
        return new DefaultErrorHandler(new DeadLetterPublishingRecoverer(kafka), backOff);
    }

    @Bean
    RecordInterceptor<Object, Object> traceparentRecordInterceptor() {
        return new TraceparentRecordInterceptor();
    }

    @Bean
    TraceparentFilter traceparentFilter() {
        return new TraceparentFilter();
    }

    /** Every topic of the catalogue and its dead-letter topic; creating them is idempotent, so every service may. */
    @Bean
    KafkaAdmin.NewTopics rematchTopics(MessagingProperties properties) {
        List<NewTopic> topics = new ArrayList<>();
        for (String state : List.of(Topics.ACCOUNTS, Topics.MENTEES, Topics.MENTORS, Topics.FORUMS)) {
            topics.add(topic(state, properties).configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT)));
        }
        topics.add(topic(Topics.PAIRINGS, properties));
        topics.add(topic(Topics.MENTOR_ACTIVITY, properties));
        topics.add(topic(Topics.FORUM_ACTIVITY, properties));
        for (String topic : List.of(Topics.ACCOUNTS, Topics.MENTEES, Topics.MENTORS, Topics.FORUMS, Topics.PAIRINGS,
                Topics.MENTOR_ACTIVITY, Topics.FORUM_ACTIVITY)) {
            topics.add(topic(Topics.deadLetterOf(topic), properties));
        }
        return new KafkaAdmin.NewTopics(topics.toArray(NewTopic[]::new));
    }

    private static NewTopic topic(String name, MessagingProperties properties) {
        return new NewTopic(name, properties.partitions(), properties.replicationFactor());
    }

    @Bean
    KafkaHealthIndicator kafkaHealthIndicator(KafkaAdmin admin) {
        return new KafkaHealthIndicator(admin);
    }

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    ProcessedEvents processedEvents(MongoTemplate mongo) {
        return new ProcessedEvents(mongo);
    }

    /** Keeps processed_events from growing forever (the embedded Mongo server has no TTL indexes). */
    @Bean
    ProcessedEventsPruning processedEventsPruning(ProcessedEvents processedEvents, MessagingProperties properties, Clock clock) {
        return new ProcessedEventsPruning(processedEvents, properties.processedEventsRetention(), clock);
    }

    @Bean
    EventOutbox eventOutbox(JsonMapper json, @Value("${spring.application.name}") String service, Clock clock) {
        return new EventOutbox(json, "/rematch/" + service, clock);
    }

    /** Every service may erase (and so announce tombstones), hence a relay everywhere. */
    @Bean
    OutboxRelay outboxRelay(MongoTemplate mongo, KafkaTemplate<String, Object> kafka, MessagingProperties properties) {
        List<String> collections = new ArrayList<>(properties.outboxCollections());
        collections.add(TombstoneOutbox.COLLECTION);
        return new OutboxRelay(mongo, kafka, collections, Set.of(TombstoneOutbox.COLLECTION));
    }
}
