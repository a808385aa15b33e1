package org.rematch.notifications.email.core;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import org.rematch.notifications.inbox.core.InboxItem;
import org.rematch.notifications.inbox.core.InboxItemType;
import org.rematch.notifications.preferences.core.EmailOptions;

/**
 * What one daily digest says: the items it gathers, each with its title, text and absolute link, and a way to stop the
 * emails of each type it holds. Values are plain text; the HTML template escapes each of them.
 */
public record DigestContent(String to, String subject, String greeting, List<Entry> entries, List<Unsubscribe> unsubscribes) {

    /** One item in the digest. */
    public record Entry(String headline, String body, String url) {
    }

    /** The link that stops the emails about one type of item in the digest. */
    public record Unsubscribe(String about, String url) {
    }

    public DigestContent {
        entries = List.copyOf(entries);
        unsubscribes = List.copyOf(unsubscribes);
    }

    /**
     * The digest of {@code items} (all the recipient's), oldest first.
     *
     * @param unsubscribe the link that stops a type's emails for a person, if it can be stopped
     */
    public static DigestContent of(List<InboxItem> items, String recipientId, Person recipient, Links links,
            BiFunction<String, InboxItemType, Optional<String>> unsubscribe) {
        List<InboxItem> oldestFirst = items.stream().sorted(Comparator.comparing(InboxItem::createdAt).thenComparing(InboxItem::id)).toList();
        String subject = "Your Rematch digest: " + (items.size() == 1 ? "1 notification" : items.size() + " notifications");
        return new DigestContent(recipient.email(), subject, ItemEmails.greeting(recipient),
                oldestFirst.stream().map(item -> new Entry(item.title(), item.body(), links.to(item.link()))).toList(),
                oldestFirst.stream().map(InboxItem::type).distinct()
                        .flatMap(type -> unsubscribe.apply(recipientId, type).map(url -> new Unsubscribe(EmailOptions.about(type), url)).stream())
                        .toList());
    }

    public String reason() {
        return "You get this email because you chose a daily digest for some notifications.";
    }
}
