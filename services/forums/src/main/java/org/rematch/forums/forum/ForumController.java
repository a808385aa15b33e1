package org.rematch.forums.forum;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.rematch.forums.forum.domain.PathTag;
import org.rematch.forums.web.Actors;
import org.rematch.kit.web.ProblemDetailsAdvice;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/forums")
class ForumController {

    private final ForumService service;

    ForumController(ForumService service) {
        this.service = service;
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('MODERATOR', 'ADMIN')")
    @Operation(summary = "Create a forum with its rules and path tags (MODERATOR or ADMIN)")
    ResponseEntity<ForumView> create(@Valid @RequestBody ForumRequest request, @AuthenticationPrincipal Jwt jwt) {
        ForumView forum = service.create(request, Actors.of(jwt));
        return ResponseEntity.created(URI.create("/api/forums/" + forum.forumId())).body(forum);
    }

    @GetMapping
    @Operation(summary = "All forums, or those carrying one path tag (?tag=specialty:IM)")
    List<ForumView> list(@RequestParam(required = false) String tag) {
        if (tag == null || tag.isBlank()) {
            return service.list(Optional.empty());
        }
        if (!PathTag.isValid(tag.strip())) {
            throw new InvalidTagFilter();
        }
        return service.list(Optional.of(PathTag.parse(tag.strip())));
    }

    @GetMapping("/{forumId}")
    @Operation(summary = "One forum")
    ForumView one(@PathVariable String forumId) {
        return service.one(forumId);
    }

    @PutMapping("/{forumId}")
    @PreAuthorize("hasAnyRole('MODERATOR', 'ADMIN')")
    @Operation(summary = "Change a forum's name, description, rules and tags (its moderators, or an ADMIN)")
    ForumView edit(@PathVariable String forumId, @Valid @RequestBody ForumRequest request, @AuthenticationPrincipal Jwt jwt) {
        return service.edit(forumId, request, Actors.of(jwt));
    }

    @PostMapping("/{forumId}/archive")
    @PreAuthorize("hasAnyRole('MODERATOR', 'ADMIN')")
    @Operation(summary = "Archive a forum (its moderators, or an ADMIN)")
    ForumView archive(@PathVariable String forumId, @AuthenticationPrincipal Jwt jwt) {
        return service.archive(forumId, Actors.of(jwt));
    }

    @PostMapping("/{forumId}/lock")
    @PreAuthorize("hasAnyRole('MODERATOR', 'ADMIN')")
    @Operation(summary = "Lock a forum: readable and joinable, but no new threads, replies or edits until reopened "
            + "(its moderators, or an ADMIN)")
    ForumView lock(@PathVariable String forumId, @AuthenticationPrincipal Jwt jwt) {
        return service.lock(forumId, Actors.of(jwt));
    }

    @PostMapping("/{forumId}/reopen")
    @PreAuthorize("hasAnyRole('MODERATOR', 'ADMIN')")
    @Operation(summary = "Reopen an archived or locked forum (its moderators, or an ADMIN)")
    ForumView reopen(@PathVariable String forumId, @AuthenticationPrincipal Jwt jwt) {
        return service.reopen(forumId, Actors.of(jwt));
    }

    @PostMapping("/{forumId}/moderators")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Appoint a moderator of a forum (ADMIN)")
    ForumView appoint(@PathVariable String forumId, @Valid @RequestBody AppointModeratorRequest request,
            @AuthenticationPrincipal Jwt jwt) {
        return service.appoint(forumId, request.accountId(), Actors.of(jwt));
    }


    /** A ?tag= filter that is not a path tag. */
    static final class InvalidTagFilter extends RuntimeException {
    }

    @ExceptionHandler(InvalidTagFilter.class)
    ProblemDetail invalidTag() {
        return ProblemDetailsAdvice.invalidRequest(List.of(ProblemDetailsAdvice.fieldError("tag",
                "must be a path tag like specialty:IM, country:PK, visa:J1, cycle:2026 or goal:research")));
    }
}
