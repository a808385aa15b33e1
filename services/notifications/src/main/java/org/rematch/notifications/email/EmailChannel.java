package org.rematch.notifications.email;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.rematch.notifications.inbox.ItemChannel;
import org.rematch.notifications.inbox.core.InboxItem;
import org.rematch.notifications.inbox.core.InboxItemType;
import org.rematch.notifications.preferences.Preferences;
import org.springframework.stereotype.Component;

/**
 * Email as a channel of the inbox: each new item is stored with what its email will be, as its recipient chose for its
 * type: to send ({@link EmailSender} sends it), or nothing, when they turned these emails off.
 */
@Component
class EmailChannel implements ItemChannel {

    /** One email in the person's data export: which item it was about and what became of it. */
    record EmailRecord(String itemId, InboxItemType type, EmailState state, int attempts, Instant queuedAt, Instant sentAt,
            String lastError) {
    }

    private final EmailQueue queue;
    private final Preferences preferences;
    private final Clock clock;

    EmailChannel(EmailQueue queue, Preferences preferences, Clock clock) {
        this.queue = queue;
        this.preferences = preferences;
        this.clock = clock;
    }

    @Override
    public String field() {
        return EmailQueue.FIELD;
    }

    @Override
    public EmailStatus decide(InboxItem item) {
        Instant now = clock.instant();
        return switch (preferences.of(item.recipientId()).choiceFor(item.type())) {
            case IMMEDIATELY -> EmailStatus.pending(now);
            case DAILY_DIGEST -> EmailStatus.forDigest(now);
            case OFF -> EmailStatus.skipped(now, EmailStatus.TURNED_OFF);
        };
    }

    @Override
    public List<EmailRecord> heldOn(String accountId) {
        return queue.of(accountId).stream()
                .map(queued -> new EmailRecord(queued.item().id(), queued.item().type(), queued.email().state(),
                        queued.email().attempts(), queued.email().queuedAt(), queued.email().sentAt(), queued.email().lastError()))
                .toList();
    }
}
