package org.rematch.forums.moderation;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.rematch.forums.forum.ForumCatalog;
import org.rematch.forums.forum.domain.Actor;
import org.rematch.forums.forum.domain.Forum;
import org.rematch.forums.membership.Members;
import org.rematch.forums.moderation.domain.AuditAction;
import org.rematch.forums.moderation.domain.AuditEntry;
import org.rematch.forums.moderation.domain.ForumSettings;
import org.rematch.forums.moderation.domain.ModerationRights;
import org.rematch.forums.moderation.domain.Reasons;
import org.rematch.forums.moderation.domain.Sanction;
import org.rematch.forums.moderation.domain.SanctionKind;
import org.rematch.forums.moderation.domain.TargetKind;
import org.rematch.forums.thread.ModeratedContent;
import org.rematch.forums.thread.ModeratedContent.PostSnapshot;
import org.rematch.forums.thread.ModeratedContent.ThreadSnapshot;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;

/**
 * The moderation actions. Each checks who may (the rules in moderation.domain), requires a reason, makes one
 * conditional change, and appends one audit entry only if something changed: a repeated action is a 409
 * ({@code reason} NO_CHANGE), never a second entry. Taking action on a reported post or member also resolves its open
 * reports (as ACTED), as a moderator agreeing with the reporters would.
 */
@Service
class ModerationService {

    static final String NO_CHANGE = "NO_CHANGE";

    private final ForumCatalog catalog;
    private final ModeratedContent content;
    private final Members members;
    private final Sanctions sanctions;
    private final SettingsStore settings;
    private final Reports reports;
    private final AuditLog audit;
    private final Clock clock;

    ModerationService(ForumCatalog catalog, ModeratedContent content, Members members, Sanctions sanctions, SettingsStore settings,
            Reports reports, AuditLog audit, Clock clock) {
        this.catalog = catalog;
        this.content = content;
        this.members = members;
        this.sanctions = sanctions;
        this.settings = settings;
        this.reports = reports;
        this.audit = audit;
        this.clock = clock;
    }

    AuditEntryView hidePost(String forumId, String postId, Actor actor, ActionRequest request) {
        return onPost(forumId, postId, actor, request, new PostAction(AuditAction.POST_HIDDEN, "The post is hidden already", "ACTED"),
                (forum, post, reason, now) -> {
                    requireNotDeleted(post);
                    return content.hide(ActivityEvents.hidden(forum, post, false, reason, now));
                });
    }

    AuditEntryView restorePost(String forumId, String postId, Actor actor, ActionRequest request) {
        return onPost(forumId, postId, actor, request, new PostAction(AuditAction.POST_RESTORED, "The post is not hidden", "DISMISSED"),
                (forum, post, reason, now) -> content.restore(postId));
    }

    AuditEntryView deletePost(String forumId, String postId, Actor actor, ActionRequest request) {
        return onPost(forumId, postId, actor, request, new PostAction(AuditAction.POST_DELETED, "The post is deleted already", "ACTED"),
                (forum, post, reason, now) -> content.delete(postId, now));
    }

    AuditEntryView approvePost(String forumId, String postId, Actor actor, ActionRequest request) {
        return onPost(forumId, postId, actor, request, new PostAction(AuditAction.POST_APPROVED, NOT_HELD, null),
                (forum, post, reason, now) -> post.held() && content.approve(postId, now));
    }

    /** Rejecting a held post deletes it (as a moderator): it was never seen by others, and now never will be. */
    AuditEntryView rejectPost(String forumId, String postId, Actor actor, ActionRequest request) {
        return onPost(forumId, postId, actor, request, new PostAction(AuditAction.POST_REJECTED, NOT_HELD, null),
                (forum, post, reason, now) -> post.held() && content.delete(postId, now));
    }

    private static final String NOT_HELD = "The post is not waiting for approval";

    /**
     * What an action on a post records: its audit action, what a repeat is told, and how it resolves the post's open
     * reports (null: it leaves them open).
     */
    private record PostAction(AuditAction action, String noChange, String resolution) {
    }

    /** One conditional change to a post; false when it changed nothing. */
    @FunctionalInterface
    private interface PostChange {
        boolean apply(Forum forum, PostSnapshot post, String reason, Instant now);
    }

    /**
     * The steps every action on a post shares: who may, a reason, the post, one conditional {@code change} (false when
     * it changed nothing: a 409, no entry), the audit entry, and the reports it resolves.
     */
    private AuditEntryView onPost(String forumId, String postId, Actor actor, ActionRequest request, PostAction what,
            PostChange change) {
        Forum forum = moderated(forumId, actor);
        String reason = Reasons.require("reason", request.reason());
        PostSnapshot post = post(forumId, postId);
        Instant now = now();
        if (!change.apply(forum, post, reason, now)) {
            throw noChange(what.noChange());
        }
        AuditEntry entry = log(forum.forumId(), what.action(), actor.accountId(), "POST", postId, post.authorId(), reason, null, now, null);
        if (what.resolution() != null) {
            resolveReports(forum.forumId(), TargetKind.POST, postId, post.authorId(), what.resolution(), actor, reason, now);
        }
        return AuditEntryView.of(entry);
    }

    AuditEntryView lockThread(String forumId, String threadId, boolean lock, Actor actor, ActionRequest request) {
        Forum forum = moderated(forumId, actor);
        String reason = Reasons.require("reason", request.reason());
        ThreadSnapshot thread = content.thread(forumId, threadId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No thread with id " + threadId + " in this forum"));
        Instant now = now();
        if (!content.lock(threadId, lock, now)) {
            throw noChange(lock ? "The thread is locked already" : "The thread is not locked");
        }
        return AuditEntryView.of(log(forum.forumId(), lock ? AuditAction.THREAD_LOCKED : AuditAction.THREAD_UNLOCKED, actor.accountId(),
                "THREAD", threadId, thread.authorId(), reason, null, now, null));
    }

    AuditEntryView mute(String forumId, String accountId, Actor actor, ActionRequest request) {
        Forum forum = catalog.require(forumId);
        ModerationRights.requireMaySanction(forum, actor, accountId);
        Instant now = now();
        Sanction mute = Sanction.mute(UUID.randomUUID().toString(), forumId, accountId, actor.accountId(), request.reason(),
                request.duration(), now);
        sanctions.insert(mute, ActivityEvents.sanctioned(mute, forum));
        AuditEntry entry = log(forumId, AuditAction.MEMBER_MUTED, actor.accountId(), "MEMBER", accountId, accountId, mute.reason(),
                "muted for " + request.duration().strip(), now, mute.until());
        resolveReports(forumId, TargetKind.MEMBER, accountId, accountId, "ACTED", actor, mute.reason(), now);
        return AuditEntryView.of(entry);
    }

    /** A ban also ends the membership (the forum's count drops), and keeps the person from joining again. */
    AuditEntryView ban(String forumId, String accountId, Actor actor, ActionRequest request) {
        Forum forum = catalog.require(forumId);
        ModerationRights.requireMaySanction(forum, actor, accountId);
        Instant now = now();
        Sanction ban = Sanction.ban(UUID.randomUUID().toString(), forumId, accountId, actor.accountId(), request.reason(),
                request.until(), now);
        sanctions.insert(ban, ActivityEvents.sanctioned(ban, forum));
        members.remove(forumId, accountId, now);
        AuditEntry entry = log(forumId, AuditAction.MEMBER_BANNED, actor.accountId(), "MEMBER", accountId, accountId, ban.reason(),
                ban.until() == null ? "until lifted" : null, now, ban.until());
        resolveReports(forumId, TargetKind.MEMBER, accountId, accountId, "ACTED", actor, ban.reason(), now);
        return AuditEntryView.of(entry);
    }

    AuditEntryView lift(SanctionKind kind, String forumId, String accountId, Actor actor, ActionRequest request) {
        if (kind == SanctionKind.SUSPENSION) {
            ModerationRights.requireMaySuspend(actor, accountId);
        } else {
            ModerationRights.requireMaySanction(catalog.require(forumId), actor, accountId);
        }
        String reason = Reasons.require("reason", request.reason());
        Instant now = now();
        List<Sanction> lifted = sanctions.lift(kind, forumId, accountId, actor.accountId(), reason, now);
        if (lifted.isEmpty()) {
            throw noChange("There is no " + kind.name().toLowerCase(Locale.ROOT) + " in force to lift");
        }
        AuditAction action = switch (kind) {
            case MUTE -> AuditAction.MEMBER_UNMUTED;
            case BAN -> AuditAction.MEMBER_UNBANNED;
            case SUSPENSION -> AuditAction.SUSPENSION_LIFTED;
        };
        return AuditEntryView.of(log(forumId, action, actor.accountId(), kind == SanctionKind.SUSPENSION ? "ACCOUNT" : "MEMBER",
                accountId, accountId, reason, null, now, null));
    }

    AuditEntryView suspend(String accountId, Actor actor, ActionRequest request) {
        ModerationRights.requireMaySuspend(actor, accountId);
        Instant now = now();
        Sanction suspension = Sanction.suspend(UUID.randomUUID().toString(), accountId, actor.accountId(), request.reason(),
                request.until(), now);
        sanctions.insert(suspension, ActivityEvents.sanctioned(suspension, null));
        return AuditEntryView.of(log(null, AuditAction.ACCOUNT_SUSPENDED, actor.accountId(), "ACCOUNT", accountId, accountId,
                suspension.reason(), suspension.until() == null ? "until lifted" : null, now, suspension.until()));
    }

    SettingsView settings(String forumId, Actor actor) {
        moderated(forumId, actor);
        return SettingsView.of(forumId, settings.of(forumId));
    }

    SettingsView changeSettings(String forumId, Actor actor, SettingsRequest request) {
        moderated(forumId, actor);
        ForumSettings changed = ForumSettings.of(request.slowModePostsPerMinute(), request.holdFirstDayPosts());
        String reason = Reasons.require("reason", request.reason());
        Instant now = now();
        settings.save(forumId, changed, actor.accountId(), now);
        log(forumId, AuditAction.SETTINGS_CHANGED, actor.accountId(), "FORUM", forumId, null, reason,
                "slow mode " + (changed.slowMode().on() ? changed.slowMode().postsPerMinute() + " per minute" : "off")
                        + ", first-day hold " + (changed.holdFirstDayPosts() ? "on" : "off"), now, null);
        return SettingsView.of(forumId, changed);
    }

    /** Resolves the target's open reports and logs it, if there were any. */
    void resolveReports(String forumId, TargetKind kind, String targetId, String subjectId, String outcome, Actor actor, String reason,
            Instant now) {
        long resolved = reports.resolveOpen(kind, targetId, outcome, actor.accountId(), now);
        if (resolved > 0) {
            log(forumId, "DISMISSED".equals(outcome) ? AuditAction.REPORTS_DISMISSED : AuditAction.REPORTS_ACTED_ON, actor.accountId(),
                    kind.name(), targetId, subjectId, reason, resolved + " report" + (resolved == 1 ? "" : "s") + " resolved", now, null);
        }
    }

    AuditEntry log(String forumId, AuditAction action, String actorId, String targetKind, String targetId, String subjectId,
            String reason, String detail, Instant at, Instant until) {
        return audit.append(new AuditEntry(UUID.randomUUID().toString(), forumId, action, actorId, targetKind, targetId, subjectId,
                reason, detail, at, until));
    }

    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private Forum moderated(String forumId, Actor actor) {
        Forum forum = catalog.require(forumId);
        ModerationRights.requireModerator(forum, actor);
        return forum;
    }

    private PostSnapshot post(String forumId, String postId) {
        return content.post(forumId, postId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No post with id " + postId + " in this forum"));
    }

    private static void requireNotDeleted(PostSnapshot post) {
        if (post.deleted()) {
            throw new Forum.InvalidTransition(Forum.InvalidTransition.POST_DELETED, "The post was deleted");
        }
    }

    private static Forum.InvalidTransition noChange(String message) {
        return new Forum.InvalidTransition(NO_CHANGE, message);
    }
}
