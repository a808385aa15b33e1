package org.rematch.forums.invitation;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.rematch.forums.membership.MemberView;
import org.rematch.forums.web.Actors;
import org.rematch.kit.security.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The caller's own invitations to peer forums, made when matching recommended them and they asked to be invited. */
@RestController
@RequestMapping("/api/forums/invitations")
class InvitationController {

    private final InvitationService service;

    InvitationController(InvitationService service) {
        this.service = service;
    }

    @GetMapping
    @Operation(summary = "Your open invitations to peer forums, newest first")
    List<InvitationView> mine(@AuthenticationPrincipal Jwt jwt) {
        return service.mine(Actors.of(jwt));
    }

    @PostMapping("/{forumId}/accept")
    @Operation(summary = "Accept an invitation: join the forum (201, or 200 if already a member)")
    ResponseEntity<MemberView> accept(@PathVariable String forumId, @AuthenticationPrincipal Jwt jwt) {
        CurrentUser user = CurrentUser.of(jwt);
        return service.accept(forumId, Actors.of(user), user.displayName().orElse(null)).asResponse();
    }

    @DeleteMapping("/{forumId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Decline an invitation (204 also if there was none)")
    void decline(@PathVariable String forumId, @AuthenticationPrincipal Jwt jwt) {
        service.decline(forumId, Actors.of(jwt));
    }
}
