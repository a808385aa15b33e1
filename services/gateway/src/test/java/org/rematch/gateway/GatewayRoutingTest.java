package org.rematch.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.rematch.testsupport.authz.AuthorizationMatrix;
import org.rematch.testsupport.authz.Caller;
import org.rematch.testsupport.authz.Cell;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Over real HTTP: every route prefix reaches its service with path, query, body and Authorization intact. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GatewayRoutingTest {

    static final StubUpstream PROFILES = StubUpstream.profiles();
    static final StubUpstream DIRECTORY = StubUpstream.healthy("mentor-directory");
    static final StubUpstream MATCHING = StubUpstream.healthy("matching");
    static final StubUpstream FORUMS = StubUpstream.healthy("forums");
    static final StubUpstream NOTIFICATIONS = StubUpstream.unhealthy("notifications");

    static final String TOKEN = "Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJhIn0.c2lnbmF0dXJl";

    @DynamicPropertySource
    static void upstreams(DynamicPropertyRegistry registry) {
        registry.add("REMATCH_PROFILES_URL", PROFILES::url);
        registry.add("REMATCH_DIRECTORY_URL", DIRECTORY::url);
        registry.add("REMATCH_MATCHING_URL", MATCHING::url);
        registry.add("REMATCH_FORUMS_URL", FORUMS::url);
        registry.add("REMATCH_NOTIFICATIONS_URL", NOTIFICATIONS::url);
    }

    @AfterAll
    static void stopUpstreams() {
        Stream.of(PROFILES, DIRECTORY, MATCHING, FORUMS, NOTIFICATIONS).forEach(StubUpstream::close);
    }

    @LocalServerPort
    int port;

    private ResponseEntity<String> call(HttpMethod method, String pathAndQuery, String authorization, String body) {
        // a URI, not a template: sent exactly as written
        RestClient.RequestBodySpec request = RestClient.create().method(method).uri(URI.create("http://localhost:" + port + pathAndQuery));
        if (authorization != null) {
            request.header(HttpHeaders.AUTHORIZATION, authorization);
        }
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).body(body);
        }
        return request.retrieve().onStatus(status -> true, (req, res) -> { }).toEntity(String.class);
    }

    static Stream<Arguments> routes() {
        return Stream.of(
                arguments("/api/auth/register", "profiles"),
                arguments("/api/accounts/moderators", "profiles"),
                arguments("/api/mentees/me", "profiles"),
                arguments("/.well-known/jwks.json", "profiles"),
                arguments("/api/mentors", "mentor-directory"),
                arguments("/api/mentors/5b0e3a52/capacity", "mentor-directory"),
                arguments("/api/pairings/7e3b1c9a/accept", "matching"),
                arguments("/api/match/explain", "matching"),
                arguments("/api/forums/0c9d/threads", "forums"),
                arguments("/api/moderation/reports", "forums"),
                arguments("/api/notifications/42/read", "notifications"));
    }

    private static StubUpstream stub(String name) {
        return Stream.of(PROFILES, DIRECTORY, MATCHING, FORUMS, NOTIFICATIONS)
                .filter(stub -> stub.name.equals(name)).findFirst().orElseThrow();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("routes")
    void eachPrefixReachesItsServiceWithPathQueryBodyAndAuthorizationIntact(String path, String service) {
        StubUpstream upstream = stub(service);
        String body = "{\"reason\":\"caf\u00e9 & more\",\"n\":1}";

        ResponseEntity<String> response = call(HttpMethod.POST, path + "?q=a%20b%26c&tag=specialty:IM&tag=x", TOKEN, body);

        assertThat(response.getStatusCode().value()).isEqualTo(201);
        assertThat(response.getBody()).isEqualTo("{\"from\":\"" + service + "\"}");
        StubUpstream.Received received = upstream.last();
        assertThat(received.method()).isEqualTo("POST");
        assertThat(received.path()).isEqualTo(path);
        // the gateway may re-encode the query (':' as %3A), but every parameter arrives with its values in order
        assertThat(parameters(received.query()))
                .isEqualTo(Map.of("q", List.of("a b&c"), "tag", List.of("specialty:IM", "x")));
        assertThat(received.body()).isEqualTo(body);
        assertThat(received.authorization()).isEqualTo(TOKEN);
        assertThat(received.contentType()).startsWith("application/json");
    }

    /** The web app's path prefixes: each, and everything below it, loads the app (WebAppController). */
    static final List<String> APP_PATHS = List.of("/signin", "/signup", "/profile", "/pairings", "/mentors", "/forums",
            "/inbox", "/settings", "/listing", "/mentees", "/moderation", "/admin", "/account");

    /**
     * The gateway's own endpoints against src/test/resources/authorization-matrix.md. It decides nothing itself: the
     * page, status, API documents and app paths are public, the export answers as the services answer the caller's
     * token (the stand-ins refuse a missing one, as every service does), and the web session goes by its cookie, not
     * by any token. What each service allows is in its own matrix.
     */
    @TestFactory
    Stream<DynamicTest> authorizationMatrix(@Autowired ApplicationContext context) {
        Map<String, Cell.Setup> setups = new HashMap<>(Map.of(
                "GET / | none", world -> Cell.of("/"),
                "GET /platform/status | none", world -> Cell.of("/platform/status"),
                "GET /platform/api-docs/{service} | none", world -> Cell.of("/platform/api-docs/matching"),
                "GET /api/accounts/me/export | own", world -> Cell.of("/api/accounts/me/export"),
                "POST /web/session | own credentials", world -> Cell.of("/web/session",
                        "{\"email\":\"" + world.id(Caller.MENTEE) + "@example.org\",\"password\":\"" + StubProfilesAuth.PASSWORD + "\"}"),
                "POST /web/session/refresh | own session cookie", world -> Cell.of("/web/session/refresh")
                        .withHeader(HttpHeaders.COOKIE, "rematch_refresh=" + PROFILES.auth.signedIn()),
                "POST /web/session/refresh | no session cookie", world -> Cell.of("/web/session/refresh"),
                "DELETE /web/session | own session cookie", world -> Cell.of("/web/session")
                        .withHeader(HttpHeaders.COOKIE, "rematch_refresh=" + PROFILES.auth.signedIn())));
        APP_PATHS.forEach(prefix -> setups.put("GET " + prefix + "/** | none", world -> Cell.of(prefix + "/deep/link")));
        return AuthorizationMatrix.of("gateway")
                // the gateway reads no token; the services behind it check them
                .tokens((caller, accountId) -> "Bearer opaque-token-of-" + accountId)
                .tests(context, port, setups);
    }

    @Test
    void theExportGathersEveryServicesPartOfTheCallersDataAsOneDownload() {
        ResponseEntity<String> response = call(HttpMethod.GET, "/api/accounts/me/export", TOKEN, null);

        assertThat(response.getStatusCode().value()).isEqualTo(200);
        assertThat(response.getHeaders().getContentDisposition().getFilename()).isEqualTo("rematch-export.json");
        JsonNode export = JsonMapper.builder().build().readTree(response.getBody());
        assertThat(export.path("accountId").asString()).isEqualTo(StubUpstream.ACCOUNT_ID);
        assertThat(export.path("exportedAt").asString()).isNotBlank();
        for (StubUpstream upstream : List.of(PROFILES, DIRECTORY, MATCHING, FORUMS, NOTIFICATIONS)) {
            assertThat(export.path("services").path(upstream.name).path("heldBy").asString()).isEqualTo(upstream.name);
            assertThat(upstream.received).anySatisfy(request -> {
                assertThat(request.path()).isEqualTo("/api/personal-data");
                assertThat(request.authorization()).isEqualTo(TOKEN);
            });
        }
    }

    @Test
    void anExportWithoutTokenIsRefusedAsTheServicesRefuseIt() {
        ResponseEntity<String> response = call(HttpMethod.GET, "/api/accounts/me/export", null, null);

        assertThat(response.getStatusCode().value()).isEqualTo(401);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response.getBody()).contains("A valid bearer token is required");
    }

    @Test
    void servicesLearnTheClientsAddressSoLoginThrottlingCountsPerClientNotPerGateway() {
        call(HttpMethod.POST, "/api/auth/token", null, "{}");

        assertThat(PROFILES.last().forwardedFor()).isIn("127.0.0.1", "0:0:0:0:0:0:0:1");
    }

    @Test
    void aGetWithoutTokenReachesTheServiceWithoutOneAndItsAnswerPassesThroughUntouched() {
        ResponseEntity<String> response = call(HttpMethod.GET, "/api/notifications/needs-token", null, null);

        assertThat(response.getStatusCode().value()).isEqualTo(401);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response.getBody()).contains("A valid bearer token is required");
        assertThat(NOTIFICATIONS.last().method()).isEqualTo("GET");
        assertThat(NOTIFICATIONS.last().authorization()).isNull();
    }

    @Test
    void anUnknownApiPathIsAProblem404() {
        ResponseEntity<String> response = call(HttpMethod.GET, "/api/nothing-here/1", TOKEN, null);

        assertThat(response.getStatusCode().value()).isEqualTo(404);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(json(response).path("detail").asString()).contains("/api/nothing-here/1");
        Stream.of(PROFILES, DIRECTORY, MATCHING, FORUMS, NOTIFICATIONS)
                .forEach(stub -> assertThat(stub.received).noneMatch(r -> r.path().startsWith("/api/nothing-here")));
    }

    @Test
    void aPrefixThatOnlyLooksLikeARouteIsNotForwarded() {
        ResponseEntity<String> response = call(HttpMethod.GET, "/api/mentorship", TOKEN, null);

        assertThat(response.getStatusCode().value()).isEqualTo(404);
        assertThat(DIRECTORY.received).noneMatch(r -> r.path().equals("/api/mentorship"));
    }

    @Test
    void theWebAppIsServedAtTheRootWithItsModulesAndStyles() {
        ResponseEntity<String> index = call(HttpMethod.GET, "/", null, null);
        ResponseEntity<String> main = call(HttpMethod.GET, "/app/main.js", null, null);
        ResponseEntity<String> styles = call(HttpMethod.GET, "/app.css", null, null);

        assertThat(index.getStatusCode().value()).isEqualTo(200);
        assertThat(index.getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_HTML)).isTrue();
        assertThat(index.getBody()).contains("<title>Rematch</title>", "International Medical Graduates",
                "<script type=\"module\" src=\"/app/main.js\"></script>", "/status.html");
        assertThat(main.getStatusCode().value()).isEqualTo(200);
        assertThat(main.getHeaders().getContentType().toString()).contains("javascript");
        assertThat(styles.getHeaders().getContentType().toString()).contains("text/css");
    }

    @Test
    void theStatusPageAsksThePlatformStatus() {
        ResponseEntity<String> response = call(HttpMethod.GET, "/status.html", null, null);

        assertThat(response.getStatusCode().value()).isEqualTo(200);
        assertThat(response.getBody()).contains("<title>Platform status - Rematch</title>", "/platform/status");
    }

    @Test
    void platformStatusReportsEachServiceAsItsHealthSays() {
        ResponseEntity<String> response = call(HttpMethod.GET, "/platform/status", null, null);

        assertThat(response.getStatusCode().value()).isEqualTo(200);
        List<JsonNode> services = json(response).valueStream().toList();
        assertThat(services).extracting(s -> s.path("name").asString())
                .containsExactly("profiles", "mentor-directory", "matching", "forums", "notifications");
        Map<String, String> statuses = services.stream().collect(
                Collectors.toMap(s -> s.path("name").asString(), s -> s.path("status").asString()));
        assertThat(statuses).containsEntry("profiles", "UP").containsEntry("matching", "UP")
                .containsEntry("notifications", "DOWN");
        assertThat(services.getFirst().path("url").asString()).isEqualTo(PROFILES.url());
        assertThat(services.getFirst().path("apiDocs").asString()).isEqualTo("/platform/api-docs/profiles");
    }

    @Test
    void apiDocsOfAServiceAreProxiedFromItsOpenApiEndpoint() {
        ResponseEntity<String> response = call(HttpMethod.GET, "/platform/api-docs/matching", null, null);

        assertThat(response.getStatusCode().value()).isEqualTo(200);
        assertThat(response.getBody()).isEqualTo("{\"from\":\"matching\"}");
        assertThat(MATCHING.last().path()).isEqualTo("/v3/api-docs");
    }

    static Stream<String> appPaths() {
        return Stream.concat(APP_PATHS.stream(), Stream.of("/pairings/42", "/forums/f1", "/forums/f1/threads/t9",
                "/moderation/queue?forumId=x", "/account/", "/mentors/5b0e3a52?tab=journey"));
    }

    @ParameterizedTest
    @MethodSource("appPaths")
    void eachAppPathLoadsTheAppSoLinksInInboxesAndEmailsWork(String path) {
        ResponseEntity<byte[]> index = bytes("/index.html");

        ResponseEntity<byte[]> response = bytes(path);

        assertThat(response.getStatusCode().value()).isEqualTo(200);
        assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_HTML)).isTrue();
        assertThat(response.getBody()).isEqualTo(index.getBody());
    }

    /** The body as bytes: the forward names its charset and the plain file does not, so decoded strings may differ. */
    private ResponseEntity<byte[]> bytes(String pathAndQuery) {
        return RestClient.create().get().uri(URI.create("http://localhost:" + port + pathAndQuery))
                .retrieve().onStatus(status -> true, (req, res) -> { }).toEntity(byte[].class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/pairings/42", "/platform/status", "/.well-known/jwks.json", "/web/session",
            "/nothing-here", "/pairingsx", "/app/missing.js"})
    void otherPathsKeepTheirOwnAnswersAndAnUnknownOneStaysA404(String path) {
        byte[] index = bytes("/index.html").getBody();

        ResponseEntity<byte[]> response = bytes(path);

        assertThat(response.getBody()).isNotEqualTo(index);
        assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_HTML)).isFalse();
        if (Set.of("/nothing-here", "/pairingsx", "/app/missing.js").contains(path)) {
            assertThat(response.getStatusCode().value()).isEqualTo(404);
            assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/index.html", "/pairings/42"})
    void pagesTheGatewayServesCarryItsContentSecurityPolicy(String path) {
        HttpHeaders headers = call(HttpMethod.GET, path, null, null).getHeaders();

        assertThat(headers.getFirst("Content-Security-Policy")).isEqualTo("default-src 'self'; script-src 'self'; "
                + "style-src 'self'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; "
                + "form-action 'self'");
        assertThat(headers.getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(headers.getFirst("Referrer-Policy")).isEqualTo("same-origin");
    }

    @Test
    void theStatusPageKeepsItsInlineScriptWithoutThePolicyAndServicesAnswersGetNoneOfIt() {
        HttpHeaders status = call(HttpMethod.GET, "/status.html", null, null).getHeaders();
        HttpHeaders proxied = call(HttpMethod.GET, "/api/mentors", TOKEN, null).getHeaders();

        assertThat(status.getFirst("Content-Security-Policy")).isNull();
        assertThat(status.getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(proxied.getFirst("Content-Security-Policy")).isNull();
        assertThat(proxied.getFirst("X-Content-Type-Options")).isNull();
    }

    @Test
    void theGatewayHasItsOwnHealth() {
        ResponseEntity<String> response = call(HttpMethod.GET, "/actuator/health", null, null);

        assertThat(response.getStatusCode().value()).isEqualTo(200);
        assertThat(json(response).path("status").asString()).isEqualTo("UP");
    }

    private static Map<String, List<String>> parameters(String rawQuery) {
        return UriComponentsBuilder.newInstance().query(rawQuery).build().getQueryParams().entrySet().stream()
                .collect(Collectors.toMap(
                        entry -> URLDecoder.decode(entry.getKey(), StandardCharsets.UTF_8),
                        entry -> entry.getValue().stream().map(value -> URLDecoder.decode(value, StandardCharsets.UTF_8)).toList()));
    }

    private static JsonNode json(ResponseEntity<String> response) {
        return JsonMapper.builder().build().readTree(response.getBody());
    }
}
