package org.rematch.profiles.signing;

import io.swagger.v3.oas.annotations.Operation;
import java.time.Instant;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The public halves of the ring's keys (the current one and those retired but still verifying), for every resource
 * server (and the gateway) to verify tokens with; and the admin's on-demand rotation.
 */
@RestController
class JwksController {

    record Rotation(String kid, Instant rotatedAt) {
    }

    private final SigningKeys keys;

    JwksController(SigningKeys keys) {
        this.keys = keys;
    }

    @GetMapping("/.well-known/jwks.json")
    @Operation(summary = "The public JSON Web Key Set that verifies the access tokens issued here")
    Map<String, Object> jwks() {
        return keys.publicJwks().toJSONObject();
    }

    @PostMapping("/api/accounts/signing-keys/rotation")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Rotate the token signing key now: a new key signs, the old one verifies until its tokens expired (admin only)")
    Rotation rotate() {
        if (keys.isConfigured()) {
            throw new ResponseStatusException(HttpStatus.CONFLICT,
                    "The signing key is configured (rematch.security.signing-key): configure a new one to rotate it");
        }
        return new Rotation(keys.rotate().getKeyID(), Instant.now());
    }
}
