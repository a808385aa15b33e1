package org.rematch.notifications.email;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.rematch.notifications.email.DigestRecords.DigestRecord;
import org.rematch.notifications.inbox.ItemChannel;
import org.rematch.notifications.inbox.core.InboxItem;
import org.rematch.notifications.inbox.core.InboxItemType;
import org.rematch.notifications.preferences.Preferences;
import org.springframework.stereotype.Component;

/**
 * Email as a channel of the inbox: each new item is stored with what its email will be, as its recipient chose for its
 * type: to send at once ({@link EmailSender}), in their next daily digest ({@link DigestSender}), or nothing, when they
 * turned these emails off.
 */
@Component
class EmailChannel implements ItemChannel {

    /** One email in the person's data export: which item it was about and what became of it. */
    record EmailRecord(String itemId, InboxItemType type, EmailState state, int attempts, Instant queuedAt, Instant sentAt,
            String lastError) {
    }

    /** What the email channel holds on a person: the email of each of their items, and their digest record, if any. */
    record EmailData(List<EmailRecord> emails, DigestRecord digest) {
    }

    private final EmailQueue queue;
    private final DigestRecords digests;
    private final Preferences preferences;
    private final Clock clock;

    EmailChannel(EmailQueue queue, DigestRecords digests, Preferences preferences, Clock clock) {
        this.queue = queue;
        this.digests = digests;
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
    public EmailData heldOn(String accountId) {
        return new EmailData(queue.of(accountId).stream()
                .map(queued -> new EmailRecord(queued.item().id(), queued.item().type(), queued.email().state(),
                        queued.email().attempts(), queued.email().queuedAt(), queued.email().sentAt(), queued.email().lastError()))
                .toList(), digests.of(accountId).orElse(null));
    }
}
