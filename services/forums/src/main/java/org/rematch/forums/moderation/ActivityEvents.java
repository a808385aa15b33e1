package org.rematch.forums.moderation;

import java.time.Instant;
import java.util.List;
import org.rematch.contracts.forums.ForumActivity;
import org.rematch.contracts.forums.MemberBanned;
import org.rematch.contracts.forums.MemberMuted;
import org.rematch.contracts.forums.MemberReported;
import org.rematch.contracts.forums.MemberSuspended;
import org.rematch.contracts.forums.PostHidden;
import org.rematch.contracts.forums.PostReported;
import org.rematch.contracts.forums.ReportReason;
import org.rematch.forums.forum.domain.Forum;
import org.rematch.forums.moderation.domain.Report;
import org.rematch.forums.moderation.domain.Sanction;
import org.rematch.forums.moderation.domain.TargetKind;
import org.rematch.forums.thread.ModeratedContent.PostSnapshot;

/**
 * What moderation tells on forums.activity, each event written in the same single-document write as the change it
 * tells (the report, the hidden post, the sanction). Events never carry the reporter, the report's note or the acting
 * moderator: notifications needs none of them, and they are the most sensitive parts of a report.
 */
final class ActivityEvents {

    private ActivityEvents() {
    }

    /**
     * A new report; an urgent one carries whom notifications pages: the forum's own moderators, or nobody listed when it
     * has none (then the admins).
     */
    static ForumActivity reported(Report report, Forum forum) {
        ReportReason reason = ReportReason.valueOf(report.reason().name());
        List<String> moderators = List.copyOf(forum.moderators());
        if (report.targetKind() == TargetKind.POST) {
            return new PostReported(report.reportId(), forum.forumId(), forum.name(), report.threadId(), report.targetId(), reason,
                    report.urgent(), moderators, report.createdAt());
        }
        return new MemberReported(report.reportId(), forum.forumId(), forum.name(), report.targetId(), reason, report.urgent(),
                moderators, report.createdAt());
    }

    static PostHidden hidden(Forum forum, PostSnapshot post, boolean byReports, String reason, Instant at) {
        return new PostHidden(forum.forumId(), forum.name(), post.threadId(), post.postId(), post.authorId(), byReports, reason, at);
    }

    /** The sanction as its person learns of it; {@code forum} is null for a suspension, which covers every forum. */
    static ForumActivity sanctioned(Sanction sanction, Forum forum) {
        return switch (sanction.kind()) {
            case MUTE -> new MemberMuted(forum.forumId(), forum.name(), sanction.accountId(), sanction.reason(), sanction.until(),
                    sanction.at());
            case BAN -> new MemberBanned(forum.forumId(), forum.name(), sanction.accountId(), sanction.reason(), sanction.until(),
                    sanction.at());
            case SUSPENSION -> new MemberSuspended(sanction.accountId(), sanction.reason(), sanction.until(), sanction.at());
        };
    }
}
