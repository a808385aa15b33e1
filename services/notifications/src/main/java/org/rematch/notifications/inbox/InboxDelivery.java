package org.rematch.notifications.inbox;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.rematch.contracts.CloudEventHeaders;
import org.rematch.notifications.inbox.core.InboxItem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Puts a rendered item into its recipient's inbox, the same way for every topic: once (its id comes from the event, so a
 * second insert is ignored), then erased at once if the event arrived after someone it concerns was erased.
 */
@Component
class InboxDelivery {

    private static final Logger log = LoggerFactory.getLogger(InboxDelivery.class);

    private final InboxStore inbox;
    private final InboxErasure erasure;

    InboxDelivery(InboxStore inbox, InboxErasure erasure) {
        this.inbox = inbox;
        this.erasure = erasure;
    }

    void deliver(InboxItem item) {
        if (inbox.insertOnce(item)) {
            log.debug("{} item {} for {}", item.type(), item.id(), item.recipientId());
        }
        erasure.afterInsert(item);
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
