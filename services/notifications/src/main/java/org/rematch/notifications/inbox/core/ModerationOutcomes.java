package org.rematch.notifications.inbox.core;

import static org.rematch.notifications.inbox.core.Wording.at;
import static org.rematch.notifications.inbox.core.Wording.nameOr;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.rematch.contracts.forums.MemberBanned;
import org.rematch.contracts.forums.MemberMuted;
import org.rematch.contracts.forums.MemberSuspended;
import org.rematch.contracts.forums.PostHidden;

/**
 * What a moderation decision means for the person it concerns: their post hidden, or them muted, banned or suspended,
 * with the reason they were given and until when. The moderator is never named (the events do not carry them):
 * decisions are the forum's, and moderators are protected from retaliation.
 */
final class ModerationOutcomes {

    /** The longest reason an item quotes: what forums accepts from a moderator. */
    static final int MAX_REASON = 500;

    private ModerationOutcomes() {
    }

    static Optional<InboxItem> hidden(String eventId, PostHidden event) {
        String forum = nameOr(event.forumName(), "a forum");
        String title;
        String body;
        if (event.byReports()) {
            // the rules hid it, not a person: say it is provisional, and leave out the system's own wording of why
            title = "Your post in " + forum + " is hidden while a moderator reviews it";
            body = "Members reported your post in " + forum + ", so it is hidden from other readers until a moderator"
                    + " reviews it. You still see it; if the moderator finds it within the rules, everyone sees it again.";
        } else {
            title = "A moderator hid your post in " + forum;
            body = "A moderator hid your post in " + forum + " from other readers. You still see it, with a notice."
                    + reasonGiven(event.reason());
        }
        return item(eventId, event.authorId(), InboxItemType.POST_HIDDEN, title, body,
                forumLink(event.forumId()) + "/threads/" + event.threadId(), event.hiddenAt());
    }

    static Optional<InboxItem> muted(String eventId, MemberMuted event) {
        String forum = nameOr(event.forumName(), "a forum");
        return item(eventId, event.accountId(), InboxItemType.MUTED, "You are muted in " + forum,
                "A moderator muted you in " + forum + " " + until(event.until(), "a moderator")
                        + ". You can still read it, but not post, reply or edit there until then." + reasonGiven(event.reason()),
                forumLink(event.forumId()), event.mutedAt());
    }

    static Optional<InboxItem> banned(String eventId, MemberBanned event) {
        String forum = nameOr(event.forumName(), "a forum");
        return item(eventId, event.accountId(), InboxItemType.BANNED, "You are banned from " + forum,
                "A moderator banned you from " + forum + " " + until(event.until(), "a moderator")
                        + ". You are no longer a member and cannot rejoin or post there until then; you can still read it."
                        + reasonGiven(event.reason()),
                forumLink(event.forumId()), event.bannedAt());
    }

    static Optional<InboxItem> suspended(String eventId, MemberSuspended event) {
        // only an admin suspends, and only an admin lifts it
        return item(eventId, event.accountId(), InboxItemType.SUSPENDED, "You are suspended from the forums",
                "An admin suspended you from all forums " + until(event.until(), "an admin")
                        + ". You can still read them, but not join or post in any forum until then." + reasonGiven(event.reason()),
                "/forums", event.suspendedAt());
    }

    /** "until Saturday 28 March 2026, 08:00 UTC", or, for a sanction without an end, until someone lifts it. */
    private static String until(Instant until, String whoLiftsIt) {
        return until == null ? "until " + whoLiftsIt + " lifts it" : "until " + Wording.moment(until);
    }

    private static String reasonGiven(String reason) {
        return Wording.quote(reason, MAX_REASON).map(words -> " The reason given: \u201C" + words + "\u201D.").orElse("");
    }

    /** One item, for the person concerned; none when the event names nobody. */
    private static Optional<InboxItem> item(String eventId, String recipient, InboxItemType type, String title, String body,
            String link, Instant when) {
        if (recipient == null || recipient.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new InboxItem(InboxItem.idFor(eventId), recipient, type, title, body, link, at(when), false, List.of()));
    }

    private static String forumLink(String forumId) {
        return "/forums/" + forumId;
    }
}
