package org.rematch.profiles.auth;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.rematch.kit.security.CurrentUser;
import org.rematch.profiles.account.Account;
import org.rematch.profiles.core.AccessTokenClaims;
import com.nimbusds.jose.jwk.RSAKey;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.stereotype.Component;

/** Issues RS256 access tokens whose claims {@link AccessTokenClaims} defines, signed with the stored key. */
@Component
public class TokenIssuer {

    private final JwtEncoder encoder;
    private final String keyId;
    private final String issuer;
    private final String audience;
    private final Clock clock;

    public TokenIssuer(JwtEncoder encoder, RSAKey tokenSigningKey, @Value("${rematch.security.issuer}") String issuer,
            @Value("${rematch.security.audience}") String audience, Clock clock) {
        this.encoder = encoder;
        this.keyId = tokenSigningKey.getKeyID();
        this.issuer = issuer;
        this.audience = audience;
        this.clock = clock;
    }

    public TokenResponse issue(Account account) {
        AccessTokenClaims claims = AccessTokenClaims.forAccount(issuer, account.accountId(), account.email(),
                account.displayName(), account.roles(), clock.instant(), UUID.randomUUID().toString());
        JwtClaimsSet claimsSet = JwtClaimsSet.builder()
                .issuer(claims.issuer())
                .audience(List.of(audience))
                .subject(claims.subject())
                .issuedAt(claims.issuedAt())
                .expiresAt(claims.expiresAt())
                .id(claims.tokenId())
                .claim("roles", claims.roles())
                .claim(CurrentUser.NAME_CLAIM, claims.name())
                .claim("email", claims.email())
                .build();
        JwsHeader header = JwsHeader.with(SignatureAlgorithm.RS256).keyId(keyId).build();
        String token = encoder.encode(JwtEncoderParameters.from(header, claimsSet)).getTokenValue();
        return new TokenResponse(token, "Bearer", claims.expiresInSeconds(), null);
    }
}
