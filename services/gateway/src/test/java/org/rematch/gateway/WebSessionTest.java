package org.rematch.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.net.URI;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The web app's session over real HTTP, profiles' auth API played by {@link StubProfilesAuth}: the refresh token lives
 * only in the HttpOnly cookie, rotates with every refresh, is revoked at sign-out, and no other site may use it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WebSessionTest {

    static final StubUpstream PROFILES = StubUpstream.profiles();
    static final String ELSEWHERE = StubUpstream.nothingListening();
    static final String COOKIE = "rematch_refresh";
    static final String SIGN_IN = "{\"email\":\"amina@example.org\",\"password\":\"" + StubProfilesAuth.PASSWORD + "\"}";
    static final JsonMapper JSON = JsonMapper.builder().build();

    @DynamicPropertySource
    static void upstreams(DynamicPropertyRegistry registry) {
        registry.add("REMATCH_PROFILES_URL", PROFILES::url);
        Stream.of("DIRECTORY", "MATCHING", "FORUMS", "NOTIFICATIONS")
                .forEach(service -> registry.add("REMATCH_" + service + "_URL", () -> ELSEWHERE));
    }

    @AfterAll
    static void stopUpstreams() {
        PROFILES.close();
    }

    /**
     * The JDK's client, as the gateway's: Apache HttpClient, RestClient's default, retries a POST that got 429 or 503
     * after its Retry-After, which would hide what the gateway answered and slow the test.
     */
    static final RestClient CLIENT = RestClient.builder().requestFactory(new JdkClientHttpRequestFactory()).build();

    @LocalServerPort
    int port;

    private ResponseEntity<String> call(HttpMethod method, String path, Map<String, String> headers, String body) {
        RestClient.RequestBodySpec request = CLIENT.method(method).uri(URI.create("http://localhost:" + port + path));
        headers.forEach(request::header);
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).body(body);
        }
        return request.retrieve().onStatus(status -> true, (req, res) -> { }).toEntity(String.class);
    }

    private ResponseEntity<String> signIn(String body) {
        return call(HttpMethod.POST, "/web/session", Map.of(), body);
    }

    private ResponseEntity<String> withCookie(HttpMethod method, String path, String refreshToken) {
        return call(method, path, Map.of(HttpHeaders.COOKIE, COOKIE + "=" + refreshToken), null);
    }

    @Test
    void signingInSetsTheRefreshCookieWithEveryAttributeAndAnswersOnlyTheAccessToken() {
        ResponseEntity<String> response = signIn(SIGN_IN);

        assertThat(response.getStatusCode().value()).isEqualTo(200);
        assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_JSON)).isTrue();
        assertThat(response.getHeaders().getCacheControl()).isEqualTo("no-store");
        JsonNode body = JSON.readTree(response.getBody());
        assertThat(body.propertyNames()).containsExactlyInAnyOrder("access_token", "token_type", "expires_in");
        assertThat(body.path("access_token").asString()).isEqualTo("access-for-amina@example.org");
        assertThat(body.path("token_type").asString()).isEqualTo("Bearer");
        assertThat(body.path("expires_in").asLong()).isEqualTo(StubProfilesAuth.EXPIRES_IN);

        Cookie cookie = Cookie.of(response);
        assertThat(PROFILES.auth.isActive(cookie.value())).isTrue();
        assertThat(response.getBody()).doesNotContain(cookie.value());
        assertThat(cookie.attributes()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "path", "/web/session", "max-age", "1209600", "expires", cookie.attributes().get("expires"),
                "secure", "", "httponly", "", "samesite", "Strict"));
        assertThat(PROFILES.last().path()).isEqualTo("/api/auth/token");
        assertThat(JSON.readTree(PROFILES.last().body()).path("password").asString()).isEqualTo(StubProfilesAuth.PASSWORD);
    }

    @Test
    void refreshingSendsTheCookiesTokenToProfilesAndRotatesTheCookie() {
        String first = Cookie.of(signIn(SIGN_IN)).value();

        ResponseEntity<String> response = withCookie(HttpMethod.POST, "/web/session/refresh", first);

        assertThat(response.getStatusCode().value()).isEqualTo(200);
        assertThat(response.getHeaders().getCacheControl()).isEqualTo("no-store");
        assertThat(PROFILES.last().path()).isEqualTo("/api/auth/refresh");
        assertThat(JSON.readTree(PROFILES.last().body()).path("refresh_token").asString()).isEqualTo(first);
        JsonNode body = JSON.readTree(response.getBody());
        assertThat(body.propertyNames()).containsExactlyInAnyOrder("access_token", "token_type", "expires_in");
        Cookie next = Cookie.of(response);
        assertThat(next.value()).isNotEqualTo(first);
        assertThat(PROFILES.auth.isActive(next.value())).isTrue();
        assertThat(PROFILES.auth.isActive(first)).isFalse();
        assertThat(next.attributes()).containsEntry("max-age", "1209600").containsEntry("path", "/web/session")
                .containsKeys("httponly", "secure").containsEntry("samesite", "Strict");
    }

    @Test
    void refreshingWithoutTheCookieIsA401ProblemAndAsksProfilesNothing() {
        int asked = PROFILES.received.size();

        ResponseEntity<String> response = call(HttpMethod.POST, "/web/session/refresh", Map.of(), null);

        JsonNode problem = problem(response, 401);
        assertThat(problem.path("detail").asString()).contains("Not signed in");
        assertThat(response.getHeaders().getCacheControl()).isEqualTo("no-store");
        assertThat(PROFILES.received).hasSize(asked);
    }

    @Test
    void aRefreshTokenProfilesRefusesEndsTheSessionAndClearsTheCookie() {
        ResponseEntity<String> response = withCookie(HttpMethod.POST, "/web/session/refresh", "revoked-or-reused");

        JsonNode problem = problem(response, 401);
        assertThat(problem.path("detail").asString()).contains("sign in again");
        assertThat(PROFILES.last().path()).isEqualTo("/api/auth/refresh");
        assertCleared(Cookie.of(response));
    }

    @Test
    void aRotatedTokenIsRefusedTooSoAStolenOldCookieGetsNothing() {
        String first = Cookie.of(signIn(SIGN_IN)).value();
        withCookie(HttpMethod.POST, "/web/session/refresh", first);

        ResponseEntity<String> reused = withCookie(HttpMethod.POST, "/web/session/refresh", first);

        problem(reused, 401);
        assertCleared(Cookie.of(reused));
    }

    static Stream<Arguments> refusals() {
        return Stream.of(
                arguments("{\"email\":\"amina@example.org\",\"password\":\"wrong-password-here\"}", 401, "password is wrong"),
                arguments("{\"email\":\"" + StubProfilesAuth.DISABLED + "\",\"password\":\"" + StubProfilesAuth.PASSWORD + "\"}",
                        403, "disabled"),
                arguments("{\"password\":\"" + StubProfilesAuth.PASSWORD + "\"}", 400, "email"),
                arguments("{\"email\":\"" + StubProfilesAuth.THROTTLED + "\",\"password\":\"x\"}", 429, "Too many failed logins"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("refusals")
    void profilesRefusalsOfASignInPassThroughWithStatusProblemAndRetryAfterAndNoCookie(String body, int status, String detail) {
        ResponseEntity<String> response = signIn(body);

        assertThat(problem(response, status).path("detail").asString()).contains(detail);
        assertThat(response.getHeaders().getCacheControl()).isEqualTo("no-store");
        assertThat(response.getHeaders().get(HttpHeaders.SET_COOKIE)).isNull();
        assertThat(response.getHeaders().getFirst(HttpHeaders.RETRY_AFTER))
                .isEqualTo(status == 429 ? StubProfilesAuth.RETRY_AFTER : null);
    }

    @Test
    void aSignInThatIsNotJsonIsA4xxProblemNamingWhatIsWrong() {
        assertThat(problem(signIn("{\"email\": "), 400).path("detail").asString()).isNotBlank();
        ResponseEntity<String> form = CLIENT.post().uri(URI.create("http://localhost:" + port + "/web/session"))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).body("email=a&password=b")
                .retrieve().onStatus(status -> true, (req, res) -> { }).toEntity(String.class);
        assertThat(problem(form, 415).path("detail").asString()).contains("application/x-www-form-urlencoded");
    }

    @Test
    void signingOutRevokesTheLoginAtProfilesAndClearsTheCookie() {
        String token = Cookie.of(signIn(SIGN_IN)).value();

        ResponseEntity<String> response = withCookie(HttpMethod.DELETE, "/web/session", token);

        assertThat(response.getStatusCode().value()).isEqualTo(204);
        assertThat(response.getHeaders().getCacheControl()).isEqualTo("no-store");
        assertCleared(Cookie.of(response));
        assertThat(PROFILES.last().path()).isEqualTo("/api/auth/logout");
        assertThat(JSON.readTree(PROFILES.last().body()).path("refresh_token").asString()).isEqualTo(token);
        assertThat(PROFILES.auth.isActive(token)).isFalse();
    }

    @Test
    void signingOutWithATokenProfilesRefusesOrWithoutACookieStillSignsOut() {
        ResponseEntity<String> refused = withCookie(HttpMethod.DELETE, "/web/session", "long-revoked");
        ResponseEntity<String> none = call(HttpMethod.DELETE, "/web/session", Map.of(), null);

        assertThat(refused.getStatusCode().value()).isEqualTo(204);
        assertCleared(Cookie.of(refused));
        assertThat(none.getStatusCode().value()).isEqualTo(204);
        assertCleared(Cookie.of(none));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://evil.example", "http://localhost.evil.example", "null"})
    void aRequestFromAnotherSitesPageIsA403ProblemAtEveryEndpointAndReachesNoProfiles(String origin) {
        String token = Cookie.of(signIn(SIGN_IN)).value();
        int asked = PROFILES.received.size();
        Map<String, String> headers = Map.of(HttpHeaders.ORIGIN, origin, HttpHeaders.COOKIE, COOKIE + "=" + token);

        List<ResponseEntity<String>> responses = List.of(
                call(HttpMethod.POST, "/web/session", headers, SIGN_IN),
                call(HttpMethod.POST, "/web/session/refresh", headers, null),
                call(HttpMethod.DELETE, "/web/session", headers, null));

        assertThat(responses).allSatisfy(response -> {
            assertThat(problem(response, 403).path("detail").asString()).contains(origin);
            assertThat(response.getHeaders().getCacheControl()).isEqualTo("no-store");
            assertThat(response.getHeaders().get(HttpHeaders.SET_COOKIE)).isNull();
        });
        assertThat(PROFILES.received).hasSize(asked);
        assertThat(PROFILES.auth.isActive(token)).isTrue();
    }

    @Test
    void theGatewaysOwnOriginIsWelcomeAsTheBrowserSawItAlsoBehindATrustedProxy() {
        ResponseEntity<String> direct = call(HttpMethod.POST, "/web/session",
                Map.of(HttpHeaders.ORIGIN, "http://localhost:" + port), SIGN_IN);
        // the test client is on 127.0.0.1, one of the trusted proxies, so its forwarded headers count
        ResponseEntity<String> proxied = call(HttpMethod.POST, "/web/session", Map.of(HttpHeaders.ORIGIN, "https://rematch.example",
                "X-Forwarded-Host", "rematch.example", "X-Forwarded-Proto", "https"), SIGN_IN);
        ResponseEntity<String> proxiedElsewhere = call(HttpMethod.POST, "/web/session", Map.of(
                HttpHeaders.ORIGIN, "http://localhost:" + port, "X-Forwarded-Host", "rematch.example", "X-Forwarded-Proto", "https"),
                SIGN_IN);

        assertThat(direct.getStatusCode().value()).isEqualTo(200);
        assertThat(proxied.getStatusCode().value()).isEqualTo(200);
        assertThat(proxiedElsewhere.getStatusCode().value()).isEqualTo(403);
    }

    @Test
    void profilesLearnsTheClientsAddressSoLoginThrottlingCountsPerPersonNotPerGateway() {
        signIn(SIGN_IN);
        assertThat(PROFILES.last().forwardedFor()).isIn("127.0.0.1", "0:0:0:0:0:0:0:1");

        // behind a trusted proxy (the test client is on 127.0.0.1): the address it forwarded is kept, its own appended
        call(HttpMethod.POST, "/web/session", Map.of("X-Forwarded-For", "203.0.113.9"), SIGN_IN);
        assertThat(PROFILES.last().forwardedFor()).isIn("203.0.113.9, 127.0.0.1", "203.0.113.9, 0:0:0:0:0:0:0:1");
    }

    private static JsonNode problem(ResponseEntity<String> response, int status) {
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(status);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        return JSON.readTree(response.getBody());
    }

    private static void assertCleared(Cookie cookie) {
        assertThat(cookie.value()).isEmpty();
        assertThat(cookie.attributes()).containsEntry("max-age", "0").containsEntry("path", "/web/session")
                .containsKeys("httponly", "secure").containsEntry("samesite", "Strict");
    }

    /** The one Set-Cookie of a response: its value and its attributes (names in lower case, "" for a flag). */
    record Cookie(String value, Map<String, String> attributes) {

        static Cookie of(ResponseEntity<String> response) {
            List<String> setCookies = response.getHeaders().get(HttpHeaders.SET_COOKIE);
            assertThat(setCookies).as("Set-Cookie of %s", response).hasSize(1);
            String[] parts = setCookies.getFirst().split(";");
            assertThat(parts[0].strip()).startsWith(COOKIE + "=");
            Map<String, String> attributes = new LinkedHashMap<>();
            Arrays.stream(parts).skip(1).map(String::strip).forEach(part -> {
                String[] attribute = part.split("=", 2);
                attributes.put(attribute[0].toLowerCase(), attribute.length == 2 ? attribute[1] : "");
            });
            return new Cookie(parts[0].strip().substring(COOKIE.length() + 1), attributes);
        }
    }
}
