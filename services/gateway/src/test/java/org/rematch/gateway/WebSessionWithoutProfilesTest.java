package org.rematch.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * profiles is not running, and the cookie's Secure flag is switched off (plain HTTP off localhost): signing in and
 * refreshing are 503 problems naming profiles; signing out still clears the cookie.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "rematch.gateway.session.secure-cookie=false")
class WebSessionWithoutProfilesTest {

    static final String NOTHING = StubUpstream.nothingListening();

    @DynamicPropertySource
    static void upstreams(DynamicPropertyRegistry registry) {
        Stream.of("PROFILES", "DIRECTORY", "MATCHING", "FORUMS", "NOTIFICATIONS")
                .forEach(service -> registry.add("REMATCH_" + service + "_URL", () -> NOTHING));
    }

    /**
     * The JDK's client, as the gateway's: Apache HttpClient, RestClient's default, retries a POST that got 429 or 503
     * after its Retry-After, which would hide what the gateway answered and slow the test.
     */
    static final RestClient CLIENT = RestClient.builder().requestFactory(new JdkClientHttpRequestFactory()).build();

    @LocalServerPort
    int port;

    private ResponseEntity<String> post(String path, String cookie, String body) {
        RestClient.RequestBodySpec request = CLIENT.post().uri("http://localhost:" + port + path);
        if (cookie != null) {
            request.header(HttpHeaders.COOKIE, "rematch_refresh=" + cookie);
        }
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).body(body);
        }
        return request.retrieve().onStatus(status -> true, (req, res) -> { }).toEntity(String.class);
    }

    @Test
    void signingInAndRefreshingAre503ProblemsNamingProfiles() {
        for (ResponseEntity<String> response : List.of(
                post("/web/session", null, "{\"email\":\"amina@example.org\",\"password\":\"a-long-enough-password\"}"),
                post("/web/session/refresh", "some-token", null))) {
            assertThat(response.getStatusCode().value()).isEqualTo(503);
            assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
            JsonNode problem = JsonMapper.builder().build().readTree(response.getBody());
            assertThat(problem.path("service").asString()).isEqualTo("profiles");
            assertThat(problem.path("detail").asString()).contains("profiles").doesNotContain("Exception");
            assertThat(response.getHeaders().get(HttpHeaders.SET_COOKIE)).isNull();
        }
    }

    @Test
    void signingOutStillClearsTheCookieWhichCarriesNoSecureFlagWhenSwitchedOff() {
        ResponseEntity<String> response = CLIENT.delete().uri("http://localhost:" + port + "/web/session")
                .header(HttpHeaders.COOKIE, "rematch_refresh=some-token")
                .retrieve().onStatus(status -> true, (req, res) -> { }).toEntity(String.class);

        assertThat(response.getStatusCode().value()).isEqualTo(204);
        String cleared = response.getHeaders().getFirst(HttpHeaders.SET_COOKIE);
        assertThat(cleared).startsWith("rematch_refresh=;").contains("Max-Age=0", "Path=/web/session", "HttpOnly",
                "SameSite=Strict").doesNotContain("Secure");
    }
}
