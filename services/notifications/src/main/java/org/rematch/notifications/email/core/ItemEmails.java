package org.rematch.notifications.email.core;

import java.util.Optional;
import org.rematch.notifications.inbox.core.InboxItem;
import org.rematch.notifications.inbox.core.InboxItemType;
import org.rematch.notifications.inbox.core.Wording;
import org.rematch.notifications.preferences.core.EmailOptions;

/**
 * Builds the email about an inbox item from the item itself (title, text, link: already worded for its recipient, and
 * rewritten when someone it named is erased) and what the accounts read model adds. Pure: no sending, no templates.
 * The switches have no default: a new type of item does not compile until its email is decided here.
 */
public final class ItemEmails {

    /** Line breaks and other control characters, which a name from another service might carry. */

    private ItemEmails() {
    }

    /**
     * The account whose contact details the email shares, if any: an acceptance tells the mentee how to reach the mentor
     * who accepted them (the moment the mentorship starts, so sharing it is intended). An item rewritten after the
     * mentor's erasure names nobody, and shares nothing.
     */
    public static Optional<String> contactToShare(InboxItem item) {
        if (item.type() == InboxItemType.PAIRING_ACCEPTED && !item.mentions().isEmpty()) {
            return Optional.of(item.mentions().getFirst());
        }
        return Optional.empty();
    }

    /**
     * The email for {@code item}.
     *
     * @param recipient   the person it is for, with their address
     * @param contact     the person {@link #contactToShare} named, or null when it named nobody
     * @param unsubscribe the link that turns these emails off, or null when they cannot be turned off
     */
    public static EmailContent of(InboxItem item, Person recipient, Person contact, Links links, String unsubscribe) {
        InboxItemType type = item.type();
        Person named = contact == null ? null : new Person(Wording.nameOr(contact.displayName(), "Your mentor"), contact.email());
        return new EmailContent(template(type), recipient.email(), subject(item), greeting(recipient), item.title(), item.body(),
                new EmailContent.Action(actionLabel(type), links.to(item.link())), named, type == InboxItemType.MODERATION_URGENT,
                reason(type), unsubscribe);
    }

    /** Why the person gets the email: what they can turn off, or why they cannot. */
    static String reason(InboxItemType type) {
        if (!EmailOptions.canTurnOff(type)) {
            return "You get this email because you look after forums on Rematch. Emails about " + EmailOptions.about(type)
                    + " cannot be turned off: someone may be at risk, and you may be the one person who can act.";
        }
        return "You get this email because emails about " + EmailOptions.about(type) + " are on.";
    }

    /** "Hello Amina," with the name the person goes by, or "Hello," without one. */
    public static String greeting(Person recipient) {
        String name = Wording.nameOr(recipient.displayName(), "");
        return name.isEmpty() ? "Hello," : "Hello " + name + ",";
    }

    /** The item's title; an urgent page is marked so that it stands out in a full mailbox. */
    static String subject(InboxItem item) {
        if (item.type() != InboxItemType.MODERATION_URGENT) {
            return item.title();
        }
        String what = item.title().replaceFirst("(?i)^urgent:\\s*", "");
        return "[URGENT] " + (what.isEmpty() ? what : Character.toUpperCase(what.charAt(0)) + what.substring(1));
    }

    static String template(InboxItemType type) {
        return switch (type) {
            case PAIRING_PROPOSED, PAIRING_REMINDER -> "proposal";
            case PAIRING_ACCEPTED -> "accepted";
            case PAIRING_REMATCHING, PAIRING_ENDED -> "mentorship";
            case FORUMS_RECOMMENDED, FORUM_JOINED -> "forums";
            case MODERATION_URGENT -> "urgent";
            case POST_HIDDEN, MUTED, BANNED, SUSPENDED -> "moderation";
        };
    }

    static String actionLabel(InboxItemType type) {
        return switch (type) {
            case PAIRING_PROPOSED, PAIRING_REMINDER -> "Accept or decline";
            case PAIRING_ACCEPTED -> "Open your mentorship";
            case PAIRING_REMATCHING, PAIRING_ENDED -> "See your mentorships";
            case FORUMS_RECOMMENDED -> "See the forums";
            case FORUM_JOINED, MUTED, BANNED -> "Open the forum";
            case MODERATION_URGENT -> "Open the moderation queue";
            case POST_HIDDEN -> "See your post";
            case SUSPENDED -> "Open the forums";
        };
    }
}
