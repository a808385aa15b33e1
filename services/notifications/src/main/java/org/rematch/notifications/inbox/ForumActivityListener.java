package org.rematch.notifications.inbox;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.rematch.contracts.Topics;
import org.rematch.contracts.forums.ForumActivity;
import org.rematch.kit.messaging.ProcessedEvents;
import org.rematch.notifications.inbox.core.ForumNotifications;
import org.rematch.notifications.inbox.core.Staff;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Turns what happens in the forums (forums.activity) into inbox items: above all the page an urgent report sends the
 * forum's moderators (or the admins), and moderation decisions to the person concerned. Idempotent as the pairing
 * inbox is (the kit's mark by ce_id, item ids derived from the ce_id and the recipient). A record that cannot be read,
 * or an urgent report nobody can be paged about yet, is retried and then kept on forums.activity-dlt (kit).
 */
@Component
class ForumActivityListener {

    static final String CONSUMER = "notifications.forum-activity";

    private final ProcessedEvents processedEvents;
    private final InboxDelivery delivery;
    private final Staff staff;

    ForumActivityListener(ProcessedEvents processedEvents, InboxDelivery delivery, Staff staff) {
        this.processedEvents = processedEvents;
        this.delivery = delivery;
        this.staff = staff;
    }

    @KafkaListener(topics = Topics.FORUM_ACTIVITY)
    void on(ConsumerRecord<String, ForumActivity> record) {
        ForumActivity event = record.value();
        if (event == null) {
            return; // a domain-event topic has no tombstones; nothing to tell
        }
        processedEvents.once(CONSUMER, record,
                () -> ForumNotifications.render(ProcessedEvents.eventId(record), event, staff).forEach(delivery::deliver));
    }
}
