package org.rematch.notifications.inbox.core;

import java.time.Instant;

/**
 * One message in a person's inbox.
 *
 * @param id          derived from the event it was rendered from, so the same event never makes two items
 * @param recipientId the account the item is for (mentee id and mentor id are account ids)
 * @param link        where in the app the item leads
 * @param createdAt   when what it tells happened
 * @param read        whether the recipient has marked it read
 */
public record InboxItem(String id, String recipientId, InboxItemType type, String title, String body, String link,
        Instant createdAt, boolean read) {
}
