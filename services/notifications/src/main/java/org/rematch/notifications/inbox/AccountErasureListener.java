package org.rematch.notifications.inbox;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.rematch.contracts.Topics;
import org.rematch.contracts.accounts.AccountSnapshot;
import org.rematch.kit.messaging.ProcessedEvents;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** A deleted account (tombstone on profiles.accounts) takes its inbox with it. Snapshots themselves need nothing here. */
@Component
class AccountErasureListener {

    private final ProcessedEvents processedEvents;
    private final InboxStore inbox;

    AccountErasureListener(ProcessedEvents processedEvents, InboxStore inbox) {
        this.processedEvents = processedEvents;
        this.inbox = inbox;
    }

    @KafkaListener(topics = Topics.ACCOUNTS)
    void on(ConsumerRecord<String, AccountSnapshot> record) {
        if (record.value() == null && record.key() != null) {
            processedEvents.once("notifications.erasure", record, () -> inbox.eraseAllOf(record.key()));
        }
    }
}
