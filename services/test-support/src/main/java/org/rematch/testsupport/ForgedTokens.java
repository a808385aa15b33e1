package org.rematch.testsupport;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.PlainHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
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

    /** Bearer header values by what is wrong with them, against {@link TestTokens}' issuer and key. */
    public static Map<String, String> all(String accountId, String... roles) {
        return all(TestTokens.key(), TestTokens.ISSUER, accountId, roles);
    }

    /**
     * The same, against another issuer: {@code key} is the issuer's own signing key, so each token is wrong in exactly
     * the one way its name says (e.g. "expired" is otherwise perfectly signed).
     */
    public static Map<String, String> all(RSAKey key, String issuer, String accountId, String... roles) {
        Map<String, String> forged = new LinkedHashMap<>();
        JWTClaimsSet valid = valid(issuer, accountId, roles).build();
        forged.put("alg none", bearer(new PlainJWT(new PlainHeader(), valid).serialize()));
        forged.put("HS256 signed with the public key", bearer(hs256WithPublicKey(key, valid)));
        forged.put("signed with another key", bearer(signedWithAnotherKey(key, valid)));
        forged.put("expired", bearer(TestTokens.sign(valid(issuer, accountId, roles)
                .issueTime(Date.from(Instant.now().minusSeconds(1800)))
                .expirationTime(Date.from(Instant.now().minusSeconds(900))).build(), key)));
        forged.put("not yet valid", bearer(TestTokens.sign(valid(issuer, accountId, roles)
                .notBeforeTime(Date.from(Instant.now().plusSeconds(900))).build(), key)));
        forged.put("wrong issuer", bearer(TestTokens.sign(valid(issuer, accountId, roles).issuer("http://evil.example").build(), key)));
        forged.put("wrong audience", bearer(TestTokens.sign(valid(issuer, accountId, roles).audience("someone-else").build(), key)));
        forged.put("no audience", bearer(TestTokens.sign(valid(issuer, accountId, roles).audience((String) null).build(), key)));
        forged.put("roles tampered after signing", bearer(withTamperedRoles(TestTokens.sign(valid, key), "ADMIN")));
        forged.put("garbage", "Bearer not-a-jwt");
        forged.put("empty", "Bearer ");
        return forged;
    }

    private static JWTClaimsSet.Builder valid(String issuer, String accountId, String... roles) {
        return TestTokens.claims(accountId, issuer, Instant.now().plusSeconds(900), roles);
    }

    /** The classic algorithm-confusion attack: HMAC keyed with the RSA public key a verifier might misuse. */
    private static String hs256WithPublicKey(RSAKey key, JWTClaimsSet claims) {
        try {
            byte[] secret = key.toPublicJWK().toJSONString().getBytes(StandardCharsets.UTF_8);
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(key.getKeyID()).build(), claims);
            jwt.sign(new MACSigner(secret));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String signedWithAnotherKey(RSAKey key, JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
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
