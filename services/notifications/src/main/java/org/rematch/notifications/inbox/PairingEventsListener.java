package org.rematch.notifications.inbox;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.rematch.contracts.CloudEventHeaders;
import org.rematch.contracts.Topics;
import org.rematch.contracts.pairings.PairingEvent;
import org.rematch.kit.messaging.ProcessedEvents;
import org.rematch.notifications.inbox.core.PairingNotifications;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Turns every event on matching.pairings into the inbox item of the person it concerns. Twice idempotent: the kit
 * skips an event already handled (by ce_id), and the item's id derives from the ce_id, so a second insert is ignored.
 * Records that cannot be read go to matching.pairings-dlt (kit).
 */
@Component
class PairingEventsListener {

    private static final Logger log = LoggerFactory.getLogger(PairingEventsListener.class);

    private final ProcessedEvents processedEvents;
    private final InboxStore inbox;
    private final InboxErasure erasure;

    PairingEventsListener(ProcessedEvents processedEvents, InboxStore inbox, InboxErasure erasure) {
        this.processedEvents = processedEvents;
        this.inbox = inbox;
        this.erasure = erasure;
    }

    @KafkaListener(topics = Topics.PAIRINGS)
    void on(ConsumerRecord<String, PairingEvent> record) {
        PairingEvent event = record.value();
        if (event == null) {
            return; // a domain-event topic has no tombstones; nothing to tell
        }
        processedEvents.once("notifications.inbox", record, () -> PairingNotifications.render(eventId(record), event)
                .ifPresent(item -> {
                    if (inbox.insertOnce(item)) {
                        log.debug("{} item {} for {}", item.type(), item.id(), item.recipientId());
                    }
                    erasure.afterInsert(item); // an event that arrived after someone it names was erased
                }));
    }

    /** The event's ce_id; a record without one is identified by its position, which is just as unique. */
    static String eventId(ConsumerRecord<?, ?> record) {
        Header header = record.headers().lastHeader(CloudEventHeaders.ID);
        if (header == null) {
            return record.topic() + "-" + record.partition() + "@" + record.offset();
        }
        return new String(header.value(), StandardCharsets.UTF_8);
    }
}
