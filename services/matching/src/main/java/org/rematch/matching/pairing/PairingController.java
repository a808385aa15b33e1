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

    @PostMapping("/{id}/accept")
    @PreAuthorize("hasRole('MENTOR')")
    @Operation(summary = "The addressed mentor accepts a proposed pairing")
    public PairingView accept(@PathVariable String id, @AuthenticationPrincipal Jwt jwt) {
        CurrentUser mentor = CurrentUser.of(jwt);
        return service.accept(id, mentor.accountId(), mentor.displayName().orElse(null));
    }

    @PostMapping("/{id}/decline")
    @PreAuthorize("hasRole('MENTOR')")
    @Operation(summary = "The addressed mentor declines a proposed pairing; matching proposes the next-best mentor")
    public PairingView decline(@PathVariable String id, @Valid @RequestBody DeclineRequest request, @AuthenticationPrincipal Jwt jwt) {
        return service.decline(id, CurrentUser.of(jwt).accountId(), request.reason());
    }
}
