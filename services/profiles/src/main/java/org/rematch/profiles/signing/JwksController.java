package org.rematch.profiles.signing;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import io.swagger.v3.oas.annotations.Operation;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The public half of the signing key, for every resource server (and the gateway) to verify tokens with. */
@RestController
class JwksController {

    private final Map<String, Object> jwks;

    JwksController(RSAKey tokenSigningKey) {
        this.jwks = new JWKSet(tokenSigningKey.toPublicJWK()).toJSONObject();
    }

    @GetMapping("/.well-known/jwks.json")
    @Operation(summary = "The public JSON Web Key Set that verifies the access tokens issued here")
    Map<String, Object> jwks() {
        return jwks;
    }
}
