package org.rematch.notifications.inbox;

import java.time.Instant;
import org.rematch.notifications.inbox.core.InboxItem;
import org.rematch.notifications.inbox.core.InboxItemType;

/** An inbox item as its recipient sees it: without the ids of the other people it names. */
record Notification(String id, String recipientId, InboxItemType type, String title, String body, String link,
        Instant createdAt, boolean read) {

    static Notification of(InboxItem item) {
        return new Notification(item.id(), item.recipientId(), item.type(), item.title(), item.body(), item.link(),
                item.createdAt(), item.read());
    }
}
