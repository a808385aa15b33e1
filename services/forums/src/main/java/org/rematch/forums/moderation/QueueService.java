package org.rematch.forums.moderation;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.rematch.contracts.accounts.Role;
import org.rematch.forums.forum.ForumCatalog;
import org.rematch.forums.forum.ForumInvolvement;
import org.rematch.forums.forum.domain.Actor;
import org.rematch.forums.forum.domain.Forum;
import org.rematch.forums.forum.domain.InvalidInput;
import org.rematch.forums.membership.Members;
import org.rematch.forums.moderation.domain.AuditAction;
import org.rematch.forums.moderation.domain.AuditEntry;
import org.rematch.forums.moderation.domain.ModerationRights;
import org.rematch.forums.moderation.domain.Reasons;
import org.rematch.forums.moderation.domain.ReportQueue;
import org.rematch.forums.moderation.domain.TargetKind;
import org.rematch.forums.thread.ModeratedContent;
import org.rematch.forums.thread.ModeratedContent.PostSnapshot;
import org.rematch.forums.web.PageView;
import org.rematch.forums.web.Paging;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;

/**
 * The queue, resolving reports and reading the audit log: moderators see the forums they moderate, admins all. The
 * queue is built from the open reports and held posts of those forums (bounded by {@link Reports#QUEUE_LIMIT}),
 * ordered by the domain's rule, and only the page shown is filled in with posts, threads and names.
 */
@Service
class QueueService {

    private static final int HELD_LIMIT = 1_000;

    private final ForumCatalog catalog;
    private final Members members;
    private final ModeratedContent content;
    private final Reports reports;
    private final AuditLog audit;
    private final ModerationService moderation;

    QueueService(ForumCatalog catalog, Members members, ModeratedContent content, Reports reports, AuditLog audit,
            ModerationService moderation) {
        this.catalog = catalog;
        this.members = members;
        this.content = content;
        this.reports = reports;
        this.audit = audit;
        this.moderation = moderation;
    }

    PageView<QueueItemView> queue(String forumId, Actor actor, Paging paging) {
        Collection<String> forumIds = scope(forumId, actor);
        List<ReportQueue.Item> items = ReportQueue.of(reports.open(forumIds).stream().map(ReportDocument::toReport).toList(),
                content.held(forumIds, HELD_LIMIT).stream()
                        .map(p -> ReportQueue.awaitingApproval(p.postId(), p.forumId(), p.threadId(), heldSince(p))).toList());
        List<ReportQueue.Item> page = items.stream().skip(paging.skip()).limit(paging.size()).toList();
        Map<String, String> names = catalog.names(page.stream().map(ReportQueue.Item::forumId).distinct().toList());
        return PageView.of(page.stream().map(item -> view(item, names)).toList(), paging, items.size());
    }

    ResolutionView resolve(String reportId, Actor actor, ResolveRequest request) {
        ReportDocument report = reports.find(reportId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No report with id " + reportId));
        Forum forum = catalog.require(report.forumId());
        ModerationRights.requireModerator(forum, actor);
        String outcome = outcome(request.outcome());
        String reason = Reasons.require("reason", request.reason());
        Instant now = moderation.now();
        String subject = report.targetKind() == TargetKind.MEMBER ? report.targetId()
                : content.post(report.forumId(), report.targetId()).map(PostSnapshot::authorId).orElse(null);
        long resolved = reports.resolveOpen(report.targetKind(), report.targetId(), outcome, actor.accountId(), now);
        if (resolved == 0) {
            throw new Forum.InvalidTransition("REPORT_RESOLVED", "The report was resolved already");
        }
        AuditEntry entry = moderation.log(forum.forumId(), "DISMISSED".equals(outcome)
                        ? AuditAction.REPORTS_DISMISSED
                        : AuditAction.REPORTS_ACTED_ON,
                actor.accountId(), report.targetKind().name(), report.targetId(), subject, reason,
                resolved + " report" + (resolved == 1 ? "" : "s") + " resolved", now, null);
        boolean restored = false;
        if ("DISMISSED".equals(outcome) && report.targetKind() == TargetKind.POST) {
            Optional<PostSnapshot> post = content.post(report.forumId(), report.targetId());
            if (post.isPresent() && "REPORTS".equals(post.get().hiddenBy()) && content.restore(report.targetId())) {
                restored = true;
                moderation.log(forum.forumId(), AuditAction.POST_RESTORED, actor.accountId(), "POST",
                        report.targetId(), subject, reason, "reports dismissed", now, null);
            }
        }
        return new ResolutionView(outcome, resolved, restored, AuditEntryView.of(entry));
    }

    /** The answer to resolving: how many reports it closed, whether a post hidden by them came back, and the audit entry. */
    record ResolutionView(String outcome, long resolvedReports, boolean postRestored, AuditEntryView entry) {
    }

    PageView<AuditEntryView> audit(String forumId, Actor actor, Paging paging) {
        Collection<String> forumIds = scope(forumId, actor);
        return PageView.of(audit.page(forumIds, paging).stream().map(AuditEntryView::of).toList(), paging, audit.count(forumIds));
    }

    /**
     * The forums a queue or log request covers: the one asked for (which the actor must moderate), or else every forum
     * the actor sees.
     */
    private Collection<String> scope(String forumId, Actor actor) {
        if (forumId == null || forumId.isBlank()) {
            return moderatedForums(actor);
        }
        ModerationRights.requireModerator(catalog.require(forumId.strip()), actor);
        return List.of(forumId.strip());
    }

    /** The forums whose queue and log the actor sees: null (all) for an admin, the forums they moderate for a moderator. */
    private Collection<String> moderatedForums(Actor actor) {
        ModerationRights.requireSomeModerationRole(actor);
        if (actor.has(Role.ADMIN)) {
            return null;
        }
        return catalog.involving(actor.accountId()).stream().filter(ForumInvolvement::moderatedByYou).map(ForumInvolvement::forumId)
                .toList();
    }

    private QueueItemView view(ReportQueue.Item item, Map<String, String> forumNames) {
        PostSnapshot post = item.targetKind() == TargetKind.POST ? content.post(item.forumId(), item.targetId()).orElse(null) : null;
        String memberName = item.targetKind() == TargetKind.MEMBER ? members.displayName(item.forumId(), item.targetId()).orElse(null)
                : null;
        return new QueueItemView(item.kind(), item.targetKind(), item.targetId(), item.urgent(), item.firstReportedAt(), item.forumId(),
                forumNames.get(item.forumId()), post == null ? item.threadId() : post.threadId(), post == null ? null : post.threadTitle(),
                post, memberName, item.reportCount(), item.reasons(), item.notes(), item.reportIds());
    }

    private static Instant heldSince(PostSnapshot post) {
        return post.createdAt();
    }

    private static String outcome(String outcome) {
        String normalised = outcome == null ? "" : outcome.strip().toUpperCase(Locale.ROOT);
        if (!normalised.equals("DISMISSED") && !normalised.equals("ACTED")) {
            throw InvalidInput.of("outcome", "must be DISMISSED or ACTED");
        }
        return normalised;
    }
}
