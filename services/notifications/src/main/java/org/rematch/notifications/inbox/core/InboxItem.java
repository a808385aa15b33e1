package org.rematch.notifications.inbox.core;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * One message in a person's inbox.
 *
 * @param id          derived from the event it was rendered from ({@link #idFor(String)}), and from the recipient when
 *                    one event tells several people ({@link #idFor(String, String)}), so the same event never makes two
 *                    items for anyone
 * @param recipientId the account the item is for (mentee id and mentor id are account ids)
 * @param link        where in the app the item leads
 * @param createdAt   when what it tells happened
 * @param read        whether the recipient has marked it read
 * @param mentions    the other accounts the item names (a proposed mentee, an accepting mentor): when one of them is
 *                    erased, the item is rewritten without them ({@link PairingNotifications#forget}). Never shown.
 */
public record InboxItem(String id, String recipientId, InboxItemType type, String title, String body, String link,
        Instant createdAt, boolean read, List<String> mentions) {

    public InboxItem {
        mentions = mentions == null ? List.of() : mentions.stream().filter(Objects::nonNull).distinct().toList();
    }

    /** A stable id for the one item rendered from the event with this ce_id. */
    public static String idFor(String eventId) {
        return uuidOf("inbox-item:" + eventId);
    }

    /** A stable id for {@code recipientId}'s item when one event (ce_id {@code eventId}) tells several people. */
    public static String idFor(String eventId, String recipientId) {
        // a line break occurs in neither a ce_id nor an account id, so no two pairs give the same name
        return uuidOf("inbox-item:" + eventId + "\n" + recipientId);
    }

    private static String uuidOf(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** Every account this item is about: its recipient and whoever it names. */
    public List<String> accounts() {
        return Stream.concat(Stream.of(recipientId), mentions.stream())
                .filter(Objects::nonNull).distinct().toList();
    }
}
