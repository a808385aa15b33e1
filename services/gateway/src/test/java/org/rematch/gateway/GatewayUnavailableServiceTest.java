package org.rematch.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The forums service is not running: its routes answer 503 naming it; the others still work. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GatewayUnavailableServiceTest {

    static final StubUpstream PROFILES = StubUpstream.healthy("profiles");
    static final StubUpstream DIRECTORY = StubUpstream.healthy("mentor-directory");
    static final StubUpstream MATCHING = StubUpstream.healthy("matching");
    static final StubUpstream NOTIFICATIONS = StubUpstream.healthy("notifications");
    static final String FORUMS_DOWN = StubUpstream.nothingListening();

    @DynamicPropertySource
    static void upstreams(DynamicPropertyRegistry registry) {
        registry.add("REMATCH_PROFILES_URL", PROFILES::url);
        registry.add("REMATCH_DIRECTORY_URL", DIRECTORY::url);
        registry.add("REMATCH_MATCHING_URL", MATCHING::url);
        registry.add("REMATCH_FORUMS_URL", () -> FORUMS_DOWN);
        registry.add("REMATCH_NOTIFICATIONS_URL", NOTIFICATIONS::url);
    }

    @AfterAll
    static void stopUpstreams() {
        Stream.of(PROFILES, DIRECTORY, MATCHING, NOTIFICATIONS).forEach(StubUpstream::close);
    }

    @LocalServerPort
    int port;

    private ResponseEntity<String> get(String path) {
        return RestClient.create("http://localhost:" + port).get().uri(path)
                .retrieve().onStatus(status -> true, (req, res) -> { }).toEntity(String.class);
    }

    @Test
    void aRouteToAServiceThatIsDownIsAProblem503NamingIt() {
        for (String path : new String[] {"/api/forums?tag=specialty:IM", "/api/moderation/reports"}) {
            ResponseEntity<String> response = get(path);

            assertThat(response.getStatusCode().value()).as(path).isEqualTo(503);
            assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
            JsonNode problem = JsonMapper.builder().build().readTree(response.getBody());
            assertThat(problem.path("status").asInt()).isEqualTo(503);
            assertThat(problem.path("service").asString()).isEqualTo("forums");
            assertThat(problem.path("detail").asString()).contains("forums").doesNotContain("Exception");
            assertThat(response.getBody()).doesNotContain("trace", "at org.");
        }
    }

    @Test
    void anExportThatWouldMissTheForumsPartIsA503NamingForumsNotAPartialDownload() {
        ResponseEntity<String> response = RestClient.create("http://localhost:" + port).get().uri("/api/accounts/me/export")
                .header("Authorization", "Bearer a.b.c").retrieve().onStatus(status -> true, (req, res) -> { }).toEntity(String.class);

        assertThat(response.getStatusCode().value()).isEqualTo(503);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        JsonNode problem = JsonMapper.builder().build().readTree(response.getBody());
        assertThat(problem.path("service").asString()).isEqualTo("forums");
        assertThat(problem.path("detail").asString()).contains("incomplete");
    }

    @Test
    void theOtherServicesAreStillReachable() {
        ResponseEntity<String> response = get("/api/mentors?specialty=IM");

        assertThat(response.getStatusCode().value()).isEqualTo(200);
        assertThat(DIRECTORY.last().query()).isEqualTo("specialty=IM");
    }

    @Test
    void theApiDocsOfAServiceThatIsDownAreA503Too() {
        ResponseEntity<String> response = get("/platform/api-docs/forums");

        assertThat(response.getStatusCode().value()).isEqualTo(503);
        assertThat(response.getBody()).contains("forums");
    }

    @Test
    void platformStatusReportsTheServiceThatIsDownAsDown() {
        JsonNode services = JsonMapper.builder().build().readTree(get("/platform/status").getBody());

        Map<String, JsonNode> byName = services.valueStream()
                .collect(Collectors.toMap(s -> s.path("name").asString(), s -> s));
        assertThat(byName.get("forums").path("status").asString()).isEqualTo("DOWN");
        assertThat(byName.get("forums").path("detail").asString()).isEqualTo("unreachable");
        assertThat(byName.get("forums").path("apiDocs").isNull()).isTrue();
        assertThat(byName.get("forums").path("url").asString()).isEqualTo(FORUMS_DOWN);
        assertThat(byName).allSatisfy((name, service) -> {
            if (!name.equals("forums")) {
                assertThat(service.path("status").asString()).as(name).isEqualTo("UP");
            }
        });
    }
}
