package org.rematch.forums.moderation;

import io.swagger.v3.oas.annotations.Operation;
import java.util.Objects;
import org.rematch.forums.moderation.domain.SanctionKind;
import org.rematch.forums.web.Actors;
import org.rematch.forums.web.PageView;
import org.rematch.forums.web.Paging;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The moderators' API: the queue, resolving reports, the audit log (read only: it has no PUT, POST or DELETE, so those
 * answer 405), the actions on posts, threads and members, suspensions and the forum's safeguards. Only MODERATOR and
 * ADMIN reach it at all; which forum each may act in is the domain's rule. Every action answers with the audit entry
 * it wrote.
 */
@RestController
@RequestMapping("/api/moderation")
@PreAuthorize("hasAnyRole('MODERATOR', 'ADMIN')")
class ModerationController {

    private final ModerationService actions;
    private final QueueService queue;

    ModerationController(ModerationService actions, QueueService queue) {
        this.actions = actions;
        this.queue = queue;
    }

    @GetMapping("/queue")
    @Operation(summary = "Open reports grouped by post or member, and posts held for approval, of one forum you moderate "
            + "(?forumId=) or of all yours (admins: all); urgent first, then longest waiting; page (from 0), size (1-50, default 20)")
    PageView<QueueItemView> queue(@RequestParam(required = false) String forumId, @RequestParam(required = false) String page,
            @RequestParam(required = false) String size, @AuthenticationPrincipal Jwt jwt) {
        return queue.queue(forumId, Actors.of(jwt), Paging.parse(page, size));
    }

    @PostMapping("/reports/{reportId}/resolve")
    @Operation(summary = "Resolve the open reports on this report's post or member: outcome DISMISSED (a post hidden by reports "
            + "comes back) or ACTED, and a reason")
    QueueService.ResolutionView resolve(@PathVariable String reportId, @RequestBody(required = false) ResolveRequest request,
            @AuthenticationPrincipal Jwt jwt) {
        return queue.resolve(reportId, Actors.of(jwt), Objects.requireNonNullElse(request, new ResolveRequest(null, null)));
    }

    @GetMapping("/audit")
    @Operation(summary = "The moderation audit log, newest first: of one forum you moderate (?forumId=), or of all yours "
            + "(admins: everything, suspensions included); page, size. Append-only: nobody changes it through the API")
    PageView<AuditEntryView> audit(@RequestParam(required = false) String forumId, @RequestParam(required = false) String page,
            @RequestParam(required = false) String size, @AuthenticationPrincipal Jwt jwt) {
        return queue.audit(forumId, Actors.of(jwt), Paging.parse(page, size));
    }

    @PostMapping("/forums/{forumId}/posts/{postId}/hide")
    @Operation(summary = "Hide a post pending review (readers see that it is hidden, not its words); reason required")
    AuditEntryView hide(@PathVariable String forumId, @PathVariable String postId, @RequestBody(required = false) ActionRequest request,
            @AuthenticationPrincipal Jwt jwt) {
        return actions.hidePost(forumId, postId, Actors.of(jwt), orEmpty(request));
    }

    @PostMapping("/forums/{forumId}/posts/{postId}/restore")
    @Operation(summary = "Show a hidden post again (its open reports are dismissed); reason required")
    AuditEntryView restore(@PathVariable String forumId, @PathVariable String postId,
            @RequestBody(required = false) ActionRequest request, @AuthenticationPrincipal Jwt jwt) {
        return actions.restorePost(forumId, postId, Actors.of(jwt), orEmpty(request));
    }

    @PostMapping("/forums/{forumId}/posts/{postId}/delete")
    @Operation(summary = "Delete a post as a moderator: its words go, its place stays, marked as removed; reason required")
    AuditEntryView delete(@PathVariable String forumId, @PathVariable String postId, @RequestBody(required = false) ActionRequest request,
            @AuthenticationPrincipal Jwt jwt) {
        return actions.deletePost(forumId, postId, Actors.of(jwt), orEmpty(request));
    }

    @PostMapping("/forums/{forumId}/posts/{postId}/approve")
    @Operation(summary = "Approve a post held for approval: everyone sees it; reason required")
    AuditEntryView approve(@PathVariable String forumId, @PathVariable String postId,
            @RequestBody(required = false) ActionRequest request, @AuthenticationPrincipal Jwt jwt) {
        return actions.approvePost(forumId, postId, Actors.of(jwt), orEmpty(request));
    }

    @PostMapping("/forums/{forumId}/posts/{postId}/reject")
    @Operation(summary = "Reject a post held for approval: it is deleted without others ever seeing it; reason required")
    AuditEntryView reject(@PathVariable String forumId, @PathVariable String postId, @RequestBody(required = false) ActionRequest request,
            @AuthenticationPrincipal Jwt jwt) {
        return actions.rejectPost(forumId, postId, Actors.of(jwt), orEmpty(request));
    }

    @PostMapping("/forums/{forumId}/threads/{threadId}/lock")
    @Operation(summary = "Lock a thread: readable, but no replies or edits until unlocked; reason required")
    AuditEntryView lock(@PathVariable String forumId, @PathVariable String threadId,
            @RequestBody(required = false) ActionRequest request, @AuthenticationPrincipal Jwt jwt) {
        return actions.lockThread(forumId, threadId, true, Actors.of(jwt), orEmpty(request));
    }

    @PostMapping("/forums/{forumId}/threads/{threadId}/unlock")
    @Operation(summary = "Unlock a thread; reason required")
    AuditEntryView unlock(@PathVariable String forumId, @PathVariable String threadId,
            @RequestBody(required = false) ActionRequest request, @AuthenticationPrincipal Jwt jwt) {
        return actions.lockThread(forumId, threadId, false, Actors.of(jwt), orEmpty(request));
    }

    @PostMapping("/forums/{forumId}/members/{accountId}/mute")
    @Operation(summary = "Mute a person in the forum for duration (ISO-8601, PT1H to P30D): no posts, replies or edits until it "
            + "ends by itself; reason required")
    AuditEntryView mute(@PathVariable String forumId, @PathVariable String accountId,
            @RequestBody(required = false) ActionRequest request, @AuthenticationPrincipal Jwt jwt) {
        return actions.mute(forumId, accountId, Actors.of(jwt), orEmpty(request));
    }

    @PostMapping("/forums/{forumId}/members/{accountId}/unmute")
    @Operation(summary = "Lift a mute early; reason required")
    AuditEntryView unmute(@PathVariable String forumId, @PathVariable String accountId,
            @RequestBody(required = false) ActionRequest request, @AuthenticationPrincipal Jwt jwt) {
        return actions.lift(SanctionKind.MUTE, forumId, accountId, Actors.of(jwt), orEmpty(request));
    }

    @PostMapping("/forums/{forumId}/members/{accountId}/ban")
    @Operation(summary = "Ban a person from the forum: their membership ends and they cannot rejoin or write there until lifted "
            + "(or until the optional until); reason required")
    AuditEntryView ban(@PathVariable String forumId, @PathVariable String accountId, @RequestBody(required = false) ActionRequest request,
            @AuthenticationPrincipal Jwt jwt) {
        return actions.ban(forumId, accountId, Actors.of(jwt), orEmpty(request));
    }

    @PostMapping("/forums/{forumId}/members/{accountId}/unban")
    @Operation(summary = "Lift a ban (the person may join again); reason required")
    AuditEntryView unban(@PathVariable String forumId, @PathVariable String accountId,
            @RequestBody(required = false) ActionRequest request, @AuthenticationPrincipal Jwt jwt) {
        return actions.lift(SanctionKind.BAN, forumId, accountId, Actors.of(jwt), orEmpty(request));
    }

    @PostMapping("/accounts/{accountId}/suspend")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Suspend a person from all forums (ADMIN), until lifted or the optional until; reason required")
    AuditEntryView suspend(@PathVariable String accountId, @RequestBody(required = false) ActionRequest request,
            @AuthenticationPrincipal Jwt jwt) {
        return actions.suspend(accountId, Actors.of(jwt), orEmpty(request));
    }

    @PostMapping("/accounts/{accountId}/unsuspend")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Lift a suspension (ADMIN); reason required")
    AuditEntryView unsuspend(@PathVariable String accountId, @RequestBody(required = false) ActionRequest request,
            @AuthenticationPrincipal Jwt jwt) {
        return actions.lift(SanctionKind.SUSPENSION, null, accountId, Actors.of(jwt), orEmpty(request));
    }

    @GetMapping("/forums/{forumId}/settings")
    @Operation(summary = "The forum's new-member safeguards (its moderators)")
    SettingsView settings(@PathVariable String forumId, @AuthenticationPrincipal Jwt jwt) {
        return actions.settings(forumId, Actors.of(jwt));
    }

    @PutMapping("/forums/{forumId}/settings")
    @Operation(summary = "Change the forum's safeguards: slowModePostsPerMinute (0 = off, at most 60), holdFirstDayPosts, reason")
    SettingsView changeSettings(@PathVariable String forumId, @RequestBody(required = false) SettingsRequest request,
            @AuthenticationPrincipal Jwt jwt) {
        return actions.changeSettings(forumId, Actors.of(jwt),
                Objects.requireNonNullElse(request, new SettingsRequest(null, null, null)));
    }

    private static ActionRequest orEmpty(ActionRequest request) {
        return Objects.requireNonNullElse(request, new ActionRequest(null, null, null));
    }
}
