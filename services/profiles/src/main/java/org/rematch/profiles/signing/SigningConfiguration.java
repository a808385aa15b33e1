package org.rematch.profiles.signing;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

/**
 * Signs tokens with the ring's current key and validates them against the ring by kid, with the configured issuer and
 * audience, so profiles never has to fetch its own JWKS over HTTP. Defining the JwtDecoder makes Boot back off its
 * jwk-set-uri decoder.
 */
@Configuration(proxyBeanMethods = false)
class SigningConfiguration {

    @Bean
    JwtEncoder jwtEncoder(SigningKeys keys) {
        JWKSource<SecurityContext> signingKeys = (selector, context) -> selector.select(new JWKSet(List.<JWK>copyOf(keys.keys())));
        return new NimbusJwtEncoder(signingKeys);
    }

    @Bean
    JwtDecoder jwtDecoder(SigningKeys keys, @Value("${rematch.security.issuer}") String issuer,
            @Value("${rematch.security.audience}") String audience) {
        return decoder(keys, issuer, audience);
    }

    static JwtDecoder decoder(SigningKeys keys, String issuer, String audience) {
        JWKSource<SecurityContext> verificationKeys = (selector, context) -> keys.select(selector);
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSource(verificationKeys)
                .jwsAlgorithm(SignatureAlgorithm.RS256)
                .build();
        OAuth2TokenValidator<Jwt> meantForRematch = new JwtClaimValidator<List<String>>(JwtClaimNames.AUD,
                audiences -> audiences != null && audiences.contains(audience));
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(JwtValidators.createDefaultWithIssuer(issuer), meantForRematch));
        return decoder;
    }
}
