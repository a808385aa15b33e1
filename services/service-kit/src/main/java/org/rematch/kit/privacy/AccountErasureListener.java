package org.rematch.kit.privacy;

import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.rematch.contracts.Topics;
import org.rematch.kit.messaging.ProcessedEvents;
import org.springframework.kafka.annotation.KafkaListener;

/** Hands every account tombstone to the service's {@link AccountErasure}s; snapshots of living accounts are not its business. */
public class AccountErasureListener {

    private final ProcessedEvents processedEvents;
    private final List<AccountErasure> erasures;
    private final String consumer;

    public AccountErasureListener(ProcessedEvents processedEvents, List<AccountErasure> erasures, String service) {
        this.processedEvents = processedEvents;
        this.erasures = List.copyOf(erasures);
        this.consumer = service + ".account-erasure";
    }

    @KafkaListener(topics = Topics.ACCOUNTS)
    public void on(ConsumerRecord<String, Object> record) {
        if (record.value() == null && record.key() != null) {
            processedEvents.once(consumer, record, () -> erasures.forEach(erasure -> erasure.erase(record.key())));
        }
    }
}
