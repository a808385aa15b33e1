package org.rematch.forums.moderation;

import io.swagger.v3.oas.annotations.Operation;
import java.util.Objects;
import org.rematch.forums.web.Actors;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Members report a post or a member of their forum. A JSON null body is read as an empty one (so its fields are named). */
@RestController
@RequestMapping("/api/forums/{forumId}")
class ReportController {

    private final ReportService service;

    ReportController(ReportService service) {
        this.service = service;
    }

    @PostMapping("/threads/{threadId}/posts/{postId}/reports")
    @Operation(summary = "Report a post (the forum's members and moderators): reason SPAM, HARASSMENT, MISINFORMATION, SELF_HARM "
            + "or OTHER, optional note (at most 500 characters); 201, or 200 with your earlier report if you reported it already. "
            + "A SELF_HARM report is urgent and the answer carries crisis resources")
    ResponseEntity<ReportReceipt> reportPost(@PathVariable String forumId, @PathVariable String threadId, @PathVariable String postId,
            @RequestBody(required = false) ReportRequest request, @AuthenticationPrincipal Jwt jwt) {
        return answer(service.reportPost(forumId, threadId, postId, Actors.of(jwt), orEmpty(request)));
    }

    @PostMapping("/members/{accountId}/reports")
    @Operation(summary = "Report a member of the forum (the forum's members and moderators); as for a post")
    ResponseEntity<ReportReceipt> reportMember(@PathVariable String forumId, @PathVariable String accountId,
            @RequestBody(required = false) ReportRequest request, @AuthenticationPrincipal Jwt jwt) {
        return answer(service.reportMember(forumId, accountId, Actors.of(jwt), orEmpty(request)));
    }

    private static ResponseEntity<ReportReceipt> answer(ReportService.Outcome outcome) {
        return ResponseEntity.status(outcome.isNew() ? HttpStatus.CREATED : HttpStatus.OK).body(outcome.receipt());
    }

    private static ReportRequest orEmpty(ReportRequest request) {
        return Objects.requireNonNullElse(request, new ReportRequest(null, null));
    }
}
