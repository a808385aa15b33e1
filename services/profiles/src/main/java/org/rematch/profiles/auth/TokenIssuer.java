package org.rematch.profiles.auth;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.rematch.kit.security.CurrentUser;
import org.rematch.profiles.account.Account;
import org.rematch.profiles.core.AccessTokenClaims;
import org.rematch.profiles.signing.SigningKeys;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.stereotype.Component;

/** Issues RS256 access tokens whose claims {@link AccessTokenClaims} defines, signed with the ring's current key (its kid in the header). */
@Component
public class TokenIssuer {

    private final JwtEncoder encoder;
    private final SigningKeys keys;
    private final String issuer;
    private final String audience;
    private final Clock clock;

    public TokenIssuer(JwtEncoder encoder, SigningKeys keys, @Value("${rematch.security.issuer}") String issuer,
            @Value("${rematch.security.audience}") String audience, Clock clock) {
        this.encoder = encoder;
        this.keys = keys;
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
        JwsHeader header = JwsHeader.with(SignatureAlgorithm.RS256).keyId(keys.current().getKeyID()).build();
        String token = encoder.encode(JwtEncoderParameters.from(header, claimsSet)).getTokenValue();
        return new TokenResponse(token, "Bearer", claims.expiresInSeconds(), null);
    }
}
