package org.rematch.profiles;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import org.rematch.testsupport.Http;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.JsonNode;

/** Calls a running profiles service over real HTTP the way a client does; never throws on 4xx. */
public final class ProfilesHttp extends Http {

    /** Every integration test class uses exactly these properties, so they share one application context. */
    public static final String ADMIN_EMAIL = "admin-it@rematch.local";
    public static final String ADMIN_PASSWORD = "admin-it-password-0123";
    public static final String ADMIN_EMAIL_PROPERTY = "rematch.admin.email=" + ADMIN_EMAIL;
    public static final String ADMIN_PASSWORD_PROPERTY = "rematch.admin.password=" + ADMIN_PASSWORD;
    public static final String PASSWORD = "correct-horse-battery";

    private final RestClient client;
    /**
     * The client address token requests come from (X-Forwarded-For, trusted from localhost by
     * server.forward-headers-strategy=native): one per instance, so tests do not add up to an address burst.
     */
    private final String clientAddress;

    public ProfilesHttp(int port) {
        this(port, randomAddress());
    }

    public ProfilesHttp(int port, String clientAddress) {
        super(port);
        this.client = RestClient.create("http://localhost:" + port);
        this.clientAddress = clientAddress;
    }

    /** An address of the IPv6 documentation prefix, unlikely to be any other test's. */
    public static String randomAddress() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "2001:db8:%x:%x:%x:%x:%x:%x".formatted(random.nextInt(0x10000), random.nextInt(0x10000),
                random.nextInt(0x10000), random.nextInt(0x10000), random.nextInt(0x10000), random.nextInt(0x10000));
    }

    /** POSTs a JSON body from {@link #clientAddress}. */
    public ResponseEntity<String> postFromClient(String path, String body) {
        return client.post().uri(path).header("X-Forwarded-For", clientAddress).contentType(MediaType.APPLICATION_JSON)
                .body(body).retrieve().onStatus(status -> true, (req, res) -> { }).toEntity(String.class);
    }

    /** PUT with an If-Match header (none when {@code ifMatch} is null). */
    public ResponseEntity<String> putIfMatch(String path, String authorization, String ifMatch, String body) {
        RestClient.RequestBodySpec request = client.put().uri(path).contentType(MediaType.APPLICATION_JSON);
        if (authorization != null) {
            request.header(HttpHeaders.AUTHORIZATION, authorization);
        }
        if (ifMatch != null) {
            request.header(HttpHeaders.IF_MATCH, ifMatch);
        }
        return request.body(body).retrieve().onStatus(status -> true, (req, res) -> { }).toEntity(String.class);
    }

    public static String uniqueEmail() {
        return "user-" + UUID.randomUUID() + "@example.org";
    }

    public static JsonNode json(String body) {
        return JSON.readTree(body);
    }

    public ResponseEntity<String> register(String email, String password, String displayName, String role) {
        return post("/api/auth/register", null, """
                {"email":"%s","password":"%s","displayName":"%s","role":"%s"}""".formatted(email, password, displayName, role));
    }

    public ResponseEntity<String> token(String email, String password) {
        return postFromClient("/api/auth/token", """
                {"email":"%s","password":"%s"}""".formatted(email, password));
    }

    public ResponseEntity<String> refresh(String refreshToken) {
        return post("/api/auth/refresh", null, "{\"refresh_token\":\"%s\"}".formatted(refreshToken));
    }

    public ResponseEntity<String> logout(String refreshToken) {
        return post("/api/auth/logout", null, "{\"refresh_token\":\"%s\"}".formatted(refreshToken));
    }

    /** A registered account: its id and a bearer token for it. */
    public record Registered(String accountId, String email, String bearer) {
    }

    public Registered registerAndLogIn(String displayName, String role) {
        String email = uniqueEmail();
        ResponseEntity<String> registered = register(email, PASSWORD, displayName, role);
        assertThat(registered.getStatusCode().value()).as(registered.getBody()).isEqualTo(201);
        return new Registered(json(registered.getBody()).get("accountId").asString(), email, bearerFor(email, PASSWORD));
    }

    public String bearerFor(String email, String password) {
        ResponseEntity<String> token = token(email, password);
        assertThat(token.getStatusCode().value()).as(token.getBody()).isEqualTo(200);
        return "Bearer " + json(token.getBody()).get("access_token").asString();
    }
}
