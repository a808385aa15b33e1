package org.rematch.forums.membership;

import io.swagger.v3.oas.annotations.Operation;
import org.rematch.forums.web.Actors;
import org.rematch.forums.web.PageView;
import org.rematch.forums.web.Paging;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Joining and leaving a forum, one's own membership, and the member list. */
@RestController
@RequestMapping("/api/forums/{forumId}/members")
class MembershipController {

    private final MembershipService service;

    MembershipController(MembershipService service) {
        this.service = service;
    }

    @PostMapping("/me")
    @Operation(summary = "Join a forum (MENTEE or MENTOR; not an archived forum): 201, or 200 if already a member")
    ResponseEntity<MemberView> join(@PathVariable String forumId, @AuthenticationPrincipal Jwt jwt) {
        CurrentUser user = CurrentUser.of(jwt);
        return service.join(forumId, Actors.of(user), user.displayName().orElse(null)).asResponse();
    }

    @DeleteMapping("/me")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Leave a forum (always allowed; 204 also if you were not a member)")
    void leave(@PathVariable String forumId, @AuthenticationPrincipal Jwt jwt) {
        service.leave(forumId, Actors.of(jwt));
    }

    @GetMapping("/me")
    @Operation(summary = "Your membership of a forum (404 if you are not a member)")
    MemberView mine(@PathVariable String forumId, @AuthenticationPrincipal Jwt jwt) {
        return service.mine(forumId, Actors.of(jwt));
    }

    @GetMapping
    @Operation(summary = "A forum's members, longest-standing first (its members, its moderators and admins; others 403); "
            + "page (from 0), size (1-50, default 20)")
    PageView<MemberView> members(@PathVariable String forumId, @RequestParam(required = false) String page,
            @RequestParam(required = false) String size, @AuthenticationPrincipal Jwt jwt) {
        return service.members(forumId, Actors.of(jwt), Paging.parse(page, size));
    }
}
