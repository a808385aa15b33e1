package org.rematch.notifications.inbox;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.rematch.contracts.Topics;
import org.rematch.contracts.pairings.PairingEvent;
import org.rematch.kit.messaging.ProcessedEvents;
import org.rematch.notifications.inbox.core.PairingNotifications;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Turns every event on matching.pairings into the inbox item of the person it concerns. Twice idempotent: the kit
 * skips an event already handled (by ce_id), and the item's id derives from the ce_id, so a second insert is ignored.
 * Records that cannot be read go to matching.pairings-dlt (kit).
 */
@Component
class PairingEventsListener {

    private final ProcessedEvents processedEvents;
    private final InboxDelivery delivery;

    PairingEventsListener(ProcessedEvents processedEvents, InboxDelivery delivery) {
        this.processedEvents = processedEvents;
        this.delivery = delivery;
    }

    @KafkaListener(topics = Topics.PAIRINGS)
    void on(ConsumerRecord<String, PairingEvent> record) {
        PairingEvent event = record.value();
        if (event == null) {
            return; // a domain-event topic has no tombstones; nothing to tell
        }
        processedEvents.once("notifications.inbox", record,
                () -> PairingNotifications.render(ProcessedEvents.eventId(record), event).ifPresent(delivery::deliver));
    }
}
