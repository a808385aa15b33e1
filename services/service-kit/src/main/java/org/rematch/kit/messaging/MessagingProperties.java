package org.rematch.kit.messaging;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param outboxCollections the collections whose documents carry an outbox for the relay to publish
 * @param partitions partitions of every topic the kit creates (dead-letter topics get as many, so the recoverer can
 *                   keep the partition)
 * @param replicationFactor 1 on the embedded broker, 3 on a real cluster
 * @param retries how often a failing record is retried before it goes to its dead-letter topic
 * @param retryBackOff the first back-off; it doubles on each retry
 * @param processedEventsRetention how long a consumer remembers an event it handled (longer than topic retention)
 */
@ConfigurationProperties("rematch.messaging")
public record MessagingProperties(List<String> outboxCollections, int partitions, short replicationFactor, int retries,
        Duration retryBackOff, Duration processedEventsRetention) {

    public MessagingProperties {
        outboxCollections = outboxCollections == null ? List.of() : List.copyOf(outboxCollections);
        partitions = partitions <= 0 ? 3 : partitions;
        replicationFactor = replicationFactor <= 0 ? 1 : replicationFactor;
        retries = retries <= 0 ? 3 : retries;
        retryBackOff = retryBackOff == null ? Duration.ofMillis(200) : retryBackOff;
        processedEventsRetention = processedEventsRetention == null ? Duration.ofDays(14) : processedEventsRetention;
    }
}
