package org.rematch.forums.invitation;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.rematch.contracts.Topics;
import org.rematch.contracts.pairings.ForumsRecommended;
import org.rematch.contracts.pairings.PairingEvent;
import org.rematch.kit.messaging.ProcessedEvents;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Reads matching.pairings for the one event forums acts on, ForumsRecommended; the pairing events are not its business.
 * Idempotent twice over: the kit skips an event already handled (by ce_id), and joining and inviting are each once per
 * person and forum. Records that cannot be read go to matching.pairings-dlt (kit).
 */
@Component
class RecommendationListener {

    private final ProcessedEvents processedEvents;
    private final RecommendedForums recommendedForums;

    RecommendationListener(ProcessedEvents processedEvents, RecommendedForums recommendedForums) {
        this.processedEvents = processedEvents;
        this.recommendedForums = recommendedForums;
    }

    @KafkaListener(topics = Topics.PAIRINGS)
    void on(ConsumerRecord<String, PairingEvent> record) {
        if (record.value() instanceof ForumsRecommended recommended) {
            processedEvents.once("forums.recommendations", record, () -> recommendedForums.act(recommended));
        }
    }
}
