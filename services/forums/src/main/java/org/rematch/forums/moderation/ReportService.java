package org.rematch.forums.moderation;

import java.time.Instant;
import java.util.UUID;
import org.rematch.forums.forum.ForumCatalog;
import org.rematch.forums.forum.domain.Actor;
import org.rematch.forums.forum.domain.Forum;
import org.rematch.forums.membership.Members;
import org.rematch.forums.moderation.domain.AuditAction;
import org.rematch.forums.moderation.domain.AuditEntry;
import org.rematch.forums.moderation.domain.Report;
import org.rematch.forums.moderation.domain.ReportThreshold;
import org.rematch.forums.moderation.domain.TargetKind;
import org.rematch.forums.thread.ModeratedContent;
import org.rematch.forums.thread.ModeratedContent.PostSnapshot;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;

/**
 * Members report posts and members. A new report of a post counts the post's open reports (one per reporter, so
 * distinct reporters) and hides it at the threshold. Every new report is told on forums.activity with the report
 * itself (its outbox); an urgent one (SELF_HARM) is marked so, and notifications pages the forum's moderators at once. Report first, then count:
 * two reports arriving together both count after both are stored, and the hide is conditional, so the post is hidden
 * (and logged) once.
 */
@Service
class ReportService {

    private final ForumCatalog catalog;
    private final Members members;
    private final ModeratedContent content;
    private final Reports reports;
    private final ModerationService moderation;
    private final ReportThreshold threshold;

    ReportService(ForumCatalog catalog, Members members, ModeratedContent content, Reports reports, ModerationService moderation,
            @Value("${rematch.forums.reports.hide-threshold:" + ReportThreshold.DEFAULT + "}") int hideThreshold) {
        this.catalog = catalog;
        this.members = members;
        this.content = content;
        this.reports = reports;
        this.moderation = moderation;
        this.threshold = new ReportThreshold(hideThreshold);
    }

    /** The receipt, and whether this call filed the report (false: the caller had reported this post already). */
    record Outcome(ReportReceipt receipt, boolean isNew) {
    }

    Outcome reportPost(String forumId, String threadId, String postId, Actor actor, ReportRequest request) {
        Forum forum = reporterIn(forumId, actor);
        PostSnapshot post = content.post(forumId, postId).filter(p -> p.threadId().equals(threadId))
                .filter(p -> !p.held() || actor.accountId().equals(p.authorId()) || forum.moderatedBy(actor))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No post with id " + postId + " in this thread"));
        if (post.deleted()) {
            throw new Forum.InvalidTransition(Forum.InvalidTransition.POST_DELETED, "The post was deleted; there is nothing to report");
        }
        Instant now = moderation.now();
        Report report = Report.file(UUID.randomUUID().toString(), forumId, TargetKind.POST, postId, threadId, post.authorId(),
                actor.accountId(), request.reason(), request.note(), now);
        Reports.Filed filed = reports.insert(report, ActivityEvents.reported(report, forum));
        if (filed.isNew()) {
            long reporters = reports.openCount(TargetKind.POST, postId);
            String why = "Hidden pending review: reported by " + reporters + " members";
            if (threshold.hides(reporters) && content.hide(ActivityEvents.hidden(forum, post, true, why, now))) {
                moderation.log(forumId, AuditAction.POST_HIDDEN_BY_REPORTS, AuditEntry.SYSTEM, "POST", postId, post.authorId(), why,
                        null, now, null);
            }
        }
        return new Outcome(ReportReceipt.of(filed.report()), filed.isNew());
    }

    Outcome reportMember(String forumId, String accountId, Actor actor, ReportRequest request) {
        Forum forum = reporterIn(forumId, actor);
        if (!members.isMember(forumId, accountId)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No member with id " + accountId + " in this forum");
        }
        Report report = Report.file(UUID.randomUUID().toString(), forumId, TargetKind.MEMBER, accountId, null, accountId,
                actor.accountId(), request.reason(), request.note(), moderation.now());
        Reports.Filed filed = reports.insert(report, ActivityEvents.reported(report, forum));
        return new Outcome(ReportReceipt.of(filed.report()), filed.isNew());
    }

    /** Reporting is for the forum's members (and its moderators); in any forum state, since harm can be read in all. */
    private Forum reporterIn(String forumId, Actor actor) {
        Forum forum = catalog.require(forumId);
        if (!forum.moderatedBy(actor) && !members.isMember(forumId, actor.accountId())) {
            throw new Forum.NotAllowed(Forum.NotAllowed.NOT_A_MEMBER, "Join this forum to report in it");
        }
        return forum;
    }
}
