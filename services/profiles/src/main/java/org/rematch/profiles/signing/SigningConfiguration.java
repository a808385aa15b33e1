package org.rematch.profiles.signing;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
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
 * Signs tokens with the stored key and validates them with its public half, the configured issuer and audience, so profiles
 * never has to fetch its own JWKS over HTTP. Defining the JwtDecoder makes Boot back off its jwk-set-uri decoder.
 */
@Configuration(proxyBeanMethods = false)
class SigningConfiguration {

    @Bean
    RSAKey tokenSigningKey(SigningKeys keys) {
        return keys.load();
    }

    @Bean
    JWKSource<SecurityContext> tokenSigningKeySource(RSAKey tokenSigningKey) {
        return new ImmutableJWKSet<>(new JWKSet(tokenSigningKey));
    }

    @Bean
    JwtEncoder jwtEncoder(JWKSource<SecurityContext> tokenSigningKeySource) {
        return new NimbusJwtEncoder(tokenSigningKeySource);
    }

    @Bean
    JwtDecoder jwtDecoder(RSAKey tokenSigningKey, @Value("${rematch.security.issuer}") String issuer,
            @Value("${rematch.security.audience}") String audience) throws JOSEException {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withPublicKey(tokenSigningKey.toRSAPublicKey())
                .signatureAlgorithm(SignatureAlgorithm.RS256)
                .build();
        OAuth2TokenValidator<Jwt> meantForRematch = new JwtClaimValidator<List<String>>(JwtClaimNames.AUD,
                audiences -> audiences != null && audiences.contains(audience));
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(JwtValidators.createDefaultWithIssuer(issuer), meantForRematch));
        return decoder;
    }
}
