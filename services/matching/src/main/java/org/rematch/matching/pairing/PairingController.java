package org.rematch.matching.pairing;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import java.util.List;
import org.rematch.kit.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Pairings, for their two parties only. Statuses: 401 without a valid token; 403 when the role forbids the endpoint
 * (accept and decline are MENTOR-only; either party may end an accepted mentorship); 404 for a pairing that is not the caller's (unknown, between other people, or
 * addressed to another mentor), since whether it exists is private; 409 for a decision on a pairing already decided.
 */
@RestController
@RequestMapping("/api/pairings")
public class PairingController {

    private final PairingService service;

    public PairingController(PairingService service) {
        this.service = service;
    }

    @GetMapping
    @Operation(summary = "The caller's own pairings, as mentee or as the addressed mentor, newest first")
    public List<PairingView> mine(@AuthenticationPrincipal Jwt jwt) {
        return service.involving(CurrentUser.of(jwt).accountId());
    }

    @GetMapping("/{id}")
    @Operation(summary = "One pairing, for its mentee and its addressed mentor only (404 for anyone else)")
    public PairingView one(@PathVariable String id, @AuthenticationPrincipal Jwt jwt) {
        return service.find(id, CurrentUser.of(jwt).accountId());
    }

    @PostMapping("/{id}/accept")
    @PreAuthorize("hasRole('MENTOR')")
    @Operation(summary = "The addressed mentor accepts a proposed pairing (another mentor's: 404)")
    public PairingView accept(@PathVariable String id, @AuthenticationPrincipal Jwt jwt) {
        CurrentUser mentor = CurrentUser.of(jwt);
        return service.accept(id, mentor.accountId(), mentor.displayName().orElse(null));
    }

    @PostMapping("/{id}/end")
    @Operation(summary = "Either party ends an accepted mentorship, optionally with feedback (at most 1,000 characters) and a "
            + "rating 1-5 that only they and matching keep; 409 unless accepted. When the mentor ends it, matching looks for "
            + "the mentee's next mentor")
    public PairingView end(@PathVariable String id, @Valid @RequestBody(required = false) EndRequest request,
            @AuthenticationPrincipal Jwt jwt) {
        return service.end(id, CurrentUser.of(jwt).accountId(), request == null ? EndRequest.NOTHING_SAID : request);
    }

    @PostMapping("/{id}/decline")
    @PreAuthorize("hasRole('MENTOR')")
    @Operation(summary = "The addressed mentor declines a proposed pairing; matching proposes the next-best mentor")
    public PairingView decline(@PathVariable String id, @Valid @RequestBody DeclineRequest request, @AuthenticationPrincipal Jwt jwt) {
        return service.decline(id, CurrentUser.of(jwt).accountId(), request.reason());
    }
}
