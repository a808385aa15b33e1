package org.rematch.notifications.inbox.core;

import static org.rematch.notifications.inbox.core.Wording.at;
import static org.rematch.notifications.inbox.core.Wording.nameOr;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.rematch.contracts.forums.MemberReported;
import org.rematch.contracts.forums.PostReported;

/**
 * The page a self-harm concern sends: one item for each of the forum's moderators, or, when it has none left (none
 * appointed, or every one erased), for each of the platform's admins. The reporter is never named (the event does not
 * carry them) and neither is the person reported: the moderation queue shows the rest to those entitled to see it.
 */
final class UrgentReportNotices {

    /**
     * The crisis lines, for the moderator's own use: they are no counsellors, and someone in immediate danger needs one
     * (the same resources forums gives the reporter).
     */
    static final String CRISIS_LINES = "For your own use if anyone is in immediate danger: the 988 Suicide & Crisis Lifeline"
            + " (call or text 988 in the US), https://findahelpline.com elsewhere, and local emergency services.";

    private UrgentReportNotices() {
    }

    /** An urgent report as the page tells it: which forum, and what in it the concern is about. */
    private record Concern(String reportId, String forumId, String forumName, String about, List<String> moderatorIds,
            Instant reportedAt) {
    }

    static List<InboxItem> of(String eventId, PostReported report, Staff staff) {
        return page(eventId, new Concern(report.reportId(), report.forumId(), report.forumName(), "a post in",
                report.moderatorIds(), report.reportedAt()), staff);
    }

    static List<InboxItem> of(String eventId, MemberReported report, Staff staff) {
        return page(eventId, new Concern(report.reportId(), report.forumId(), report.forumName(), "another member of",
                report.moderatorIds(), report.reportedAt()), staff);
    }

    private static List<InboxItem> page(String eventId, Concern concern, Staff staff) {
        List<String> moderators = reachable(concern.moderatorIds(), staff);
        boolean asAdmins = moderators.isEmpty();
        List<String> recipients = asAdmins ? reachable(staff.admins(), staff) : moderators;
        if (recipients.isEmpty()) {
            // there is always an admin, so an empty list means the read model has not caught up: failing lets the
            // record be retried, then kept on the dead-letter topic, rather than silently reach nobody
            throw new NobodyToPage(concern);
        }
        return recipients.stream().map(recipient -> notice(eventId, recipient, concern, asAdmins)).toList();
    }

    private static InboxItem notice(String eventId, String recipient, Concern concern, boolean asAdmin) {
        String forum = nameOr(concern.forumName(), "a forum");
        StringBuilder body = new StringBuilder("A member raised a self-harm concern about ").append(concern.about())
                .append(' ').append(forum).append(". Please check the moderation queue now: the report is at the top.");
        if (asAdmin) {
            body.append(" The forum has no moderator of its own to ask, so this comes to you as an admin.");
        }
        body.append(' ').append(CRISIS_LINES);
        return new InboxItem(InboxItem.idFor(eventId, recipient), recipient, InboxItemType.MODERATION_URGENT,
                "Urgent: a member may be at risk in " + forum, body.toString(), queueLink(concern.forumId()),
                at(concern.reportedAt()), false, List.of());
    }

    /** The accounts that can still read a page: named, once each, and not erased. */
    private static List<String> reachable(Collection<String> accountIds, Staff staff) {
        if (accountIds == null) {
            return List.of();
        }
        return accountIds.stream().filter(Objects::nonNull).filter(id -> !id.isBlank()).distinct()
                .filter(id -> !staff.erased(id)).toList();
    }

    private static String queueLink(String forumId) {
        return forumId == null || forumId.isBlank() ? "/moderation/queue" : "/moderation/queue?forumId=" + forumId;
    }

    /** An urgent report nobody can be paged about. Names the report and the forum only: no person. */
    static final class NobodyToPage extends IllegalStateException {

        NobodyToPage(Concern concern) {
            super("Urgent report " + concern.reportId() + " in forum " + concern.forumId()
                    + " reaches nobody: the forum has no moderator left and no admin is known yet");
        }
    }
}
