package org.rematch.testsupport;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/**
 * A stand-in token issuer for service tests: RS256 tokens shaped like the profiles service's, and their JWKS served
 * over real HTTP, so resource servers validate signatures, issuer and expiry exactly as in production.
 */
public final class TestTokens {

    public static final String ISSUER = "http://rematch-test-issuer";
    public static final String AUDIENCE = "rematch";

    private static RSAKey key;
    private static HttpServer jwksServer;

    private TestTokens() {
    }

    /** A bearer token for account {@code accountId} with the given roles (MENTEE, MENTOR, MODERATOR, ADMIN). */
    public static String bearer(String accountId, String... roles) {
        return "Bearer " + token(accountId, ISSUER, Instant.now().plusSeconds(900), roles);
    }

    /** A bearer token that also carries the display name ({@code name} claim), as profiles issues it. */
    public static String bearerWithName(String accountId, String name, String... roles) {
        return "Bearer " + sign(claims(accountId, ISSUER, Instant.now().plusSeconds(900), roles).claim("name", name).build());
    }

    /** A token with the given issuer and expiry, for tests that check what a service must refuse. */
    public static String token(String accountId, String issuer, Instant expiresAt, String... roles) {
        return sign(claims(accountId, issuer, expiresAt, roles).build());
    }

    static JWTClaimsSet.Builder claims(String accountId, String issuer, Instant expiresAt, String... roles) {
        return new JWTClaimsSet.Builder()
                .issuer(issuer)
                .audience(AUDIENCE)
                .subject(accountId)
                .jwtID(UUID.randomUUID().toString())
                .issueTime(new Date())
                .expirationTime(Date.from(expiresAt))
                .claim("roles", List.of(roles));
    }

    static String sign(JWTClaimsSet claims) {
        return sign(claims, key());
    }

    static String sign(JWTClaimsSet claims, RSAKey signingKey) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(signingKey.getKeyID()).build(), claims);
            jwt.sign(new RSASSASigner(signingKey));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    static synchronized String jwksUri() {
        if (jwksServer == null) {
            jwksServer = serve(new JWKSet(key().toPublicJWK()).toString());
        }
        return "http://127.0.0.1:" + jwksServer.getAddress().getPort() + "/.well-known/jwks.json";
    }

    static synchronized RSAKey key() {
        if (key == null) {
            try {
                key = new RSAKeyGenerator(2048).keyID("test-" + UUID.randomUUID()).generate();
            } catch (JOSEException e) {
                throw new IllegalStateException(e);
            }
        }
        return key;
    }

    private static HttpServer serve(String jwks) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            byte[] body = jwks.getBytes(StandardCharsets.UTF_8);
            server.createContext("/.well-known/jwks.json", exchange -> {
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            });
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> server.stop(0)));
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
