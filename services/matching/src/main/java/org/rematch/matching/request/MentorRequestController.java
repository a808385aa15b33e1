package org.rematch.matching.request;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import java.net.URI;
import org.rematch.kit.security.CurrentUser;
import org.rematch.matching.pairing.PairingView;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A mentee asks a mentor they found in the directory. Statuses: 201 with the pairing as the mentee sees it and its
 * Location; 200 with the same pairing for a repeated request (already proposed to that mentor); 400 for a bad body
 * (naming the field); 401 without a token; 403 for any role but MENTEE; 404 for an unknown mentor; 409 with a
 * {@code reason} (see {@code RequestRefusal}) when a rule refuses.
 */
@RestController
@RequestMapping("/api/pairings")
public class MentorRequestController {

    private final MentorRequests requests;

    public MentorRequestController(MentorRequests requests) {
        this.requests = requests;
    }

    @PostMapping("/requests")
    @PreAuthorize("hasRole('MENTEE')")
    @Operation(summary = "The calling mentee asks a mentor of their choice; matching proposes them to that mentor or says why not")
    public ResponseEntity<PairingView> request(@Valid @RequestBody MentorRequestBody body, @AuthenticationPrincipal Jwt jwt) {
        MentorRequests.Requested requested = requests.request(CurrentUser.of(jwt).accountId(), body.mentorId(), body.message());
        URI location = URI.create("/api/pairings/" + requested.pairing().id());
        return ResponseEntity.status(requested.created() ? HttpStatus.CREATED : HttpStatus.OK).location(location).body(requested.pairing());
    }
}
