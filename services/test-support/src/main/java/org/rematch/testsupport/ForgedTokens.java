package org.rematch.testsupport;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.PlainHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Tokens a resource server must refuse, each differing from a valid {@link TestTokens} token in one way an attacker
 * or a broken client would try. Every service's tests send each one and expect 401.
 */
public final class ForgedTokens {

    private ForgedTokens() {
    }

    /** Bearer header values by what is wrong with them, for an account with the given roles. */
    public static Map<String, String> all(String accountId, String... roles) {
        Map<String, String> forged = new LinkedHashMap<>();
        JWTClaimsSet valid = valid(accountId, roles).build();
        forged.put("alg none", bearer(new PlainJWT(new PlainHeader(), valid).serialize()));
        forged.put("HS256 signed with the public key", bearer(hs256WithPublicKey(valid)));
        forged.put("signed with another key", bearer(signedWithAnotherKey(valid)));
        forged.put("expired", bearer(TestTokens.sign(valid(accountId, roles)
                .issueTime(Date.from(Instant.now().minusSeconds(1800)))
                .expirationTime(Date.from(Instant.now().minusSeconds(900))).build())));
        forged.put("not yet valid", bearer(TestTokens.sign(valid(accountId, roles)
                .notBeforeTime(Date.from(Instant.now().plusSeconds(900))).build())));
        forged.put("wrong issuer", bearer(TestTokens.sign(valid(accountId, roles).issuer("http://evil.example").build())));
        forged.put("wrong audience", bearer(TestTokens.sign(valid(accountId, roles).audience("someone-else").build())));
        forged.put("no audience", bearer(TestTokens.sign(valid(accountId, roles).audience((String) null).build())));
        forged.put("roles tampered after signing", bearer(withTamperedRoles(TestTokens.sign(valid), "ADMIN")));
        forged.put("garbage", "Bearer not-a-jwt");
        forged.put("empty", "Bearer ");
        return forged;
    }

    private static JWTClaimsSet.Builder valid(String accountId, String... roles) {
        return TestTokens.claims(accountId, TestTokens.ISSUER, Instant.now().plusSeconds(900), roles);
    }

    /** The classic algorithm-confusion attack: HMAC keyed with the RSA public key a verifier might misuse. */
    private static String hs256WithPublicKey(JWTClaimsSet claims) {
        try {
            byte[] secret = TestTokens.key().toPublicJWK().toJSONString().getBytes(StandardCharsets.UTF_8);
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(TestTokens.key().getKeyID()).build(), claims);
            jwt.sign(new MACSigner(secret));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String signedWithAnotherKey(JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(TestTokens.key().getKeyID()).build(), claims);
            jwt.sign(new RSASSASigner(new RSAKeyGenerator(2048).generate()));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String withTamperedRoles(String token, String role) {
        String[] parts = token.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        String tampered = payload.replaceFirst("\"roles\":\\[[^]]*]", "\"roles\":[\"" + role + "\"]");
        return parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(tampered.getBytes(StandardCharsets.UTF_8))
                + "." + parts[2];
    }

    private static String bearer(String token) {
        return "Bearer " + token;
    }
}
