package org.rematch.notifications.inbox.core;

import java.util.List;
import java.util.Objects;
import org.rematch.contracts.forums.ForumActivity;
import org.rematch.contracts.forums.ForumArchived;
import org.rematch.contracts.forums.ForumLocked;
import org.rematch.contracts.forums.JoinedVia;
import org.rematch.contracts.forums.MemberBanned;
import org.rematch.contracts.forums.MemberJoined;
import org.rematch.contracts.forums.MemberLeft;
import org.rematch.contracts.forums.MemberMuted;
import org.rematch.contracts.forums.MemberReported;
import org.rematch.contracts.forums.MemberSuspended;
import org.rematch.contracts.forums.PostHidden;
import org.rematch.contracts.forums.PostReported;

/**
 * Renders what the forums tell on forums.activity into the inbox items of the people it concerns. Pure: the same event
 * (and the same staff) always gives the same items, with ids derived from the event's id, so a redelivery changes
 * nothing. The switch has no default: a new kind of forum activity does not compile until it is decided here.
 */
public final class ForumNotifications {

    private ForumNotifications() {
    }

    /**
     * The items for an event, none when there is nobody to tell.
     *
     * @throws IllegalStateException for an urgent report with nobody at all to page (see {@link UrgentReportNotices})
     */
    public static List<InboxItem> render(String eventId, ForumActivity event, Staff staff) {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(staff, "staff");
        return switch (event) {
            // An ordinary report waits in the moderation queue, where moderators work through them; an item for each would
            // bury the urgent ones. Only a self-harm concern pages them.
            case PostReported reported -> reported.urgent() ? UrgentReportNotices.of(eventId, reported, staff) : List.of();
            case MemberReported reported -> reported.urgent() ? UrgentReportNotices.of(eventId, reported, staff) : List.of();
            case PostHidden hidden -> ModerationOutcomes.hidden(eventId, hidden).stream().toList();
            case MemberMuted muted -> ModerationOutcomes.muted(eventId, muted).stream().toList();
            case MemberBanned banned -> ModerationOutcomes.banned(eventId, banned).stream().toList();
            case MemberSuspended suspended -> ModerationOutcomes.suspended(eventId, suspended).stream().toList();
            case MemberJoined joined -> joinedOnRecommendation(eventId, joined);
            // Notifications does not know who is in a forum, so there is nobody to tell of these yet; the person who
            // left knows already.
            case MemberLeft left -> List.of();
            case ForumLocked locked -> List.of();
            case ForumArchived archived -> List.of();
        };
    }

    /**
     * A recommendation joined the mentee, as they asked: they did not do it themselves, so they are told, one item per
     * forum. Someone who joined by their own hand needs no message.
     */
    private static List<InboxItem> joinedOnRecommendation(String eventId, MemberJoined joined) {
        if (joined.via() != JoinedVia.RECOMMENDATION || joined.accountId() == null || joined.accountId().isBlank()) {
            return List.of();
        }
        String forum = Wording.nameOr(joined.forumName(), "a forum");
        return List.of(new InboxItem(InboxItem.idFor(eventId), joined.accountId(), InboxItemType.FORUM_JOINED,
                "You joined " + forum, "As you asked, we joined you to " + forum + ", peers who share your path. Say hello, "
                        + "or leave it from the forum's page if it is not for you.",
                "/forums/" + joined.forumId(), Wording.at(joined.joinedAt()), false, List.of()));
    }
}
