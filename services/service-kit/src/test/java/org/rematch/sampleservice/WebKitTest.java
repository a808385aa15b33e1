package org.rematch.sampleservice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.rematch.testsupport.RematchServiceTest;
import org.rematch.testsupport.TestTokens;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@RematchServiceTest
class WebKitTest {

    @LocalServerPort
    int port;

    private ResponseEntity<String> postNote(String authorization, String body) {
        RestClient.RequestBodySpec request = RestClient.create("http://localhost:" + port).post().uri("/api/notes")
                .contentType(MediaType.APPLICATION_JSON);
        if (authorization != null) {
            request.header(HttpHeaders.AUTHORIZATION, authorization);
        }
        return request.body(body).retrieve().onStatus(status -> true, (req, res) -> { }).toEntity(String.class);
    }

    private static String moderator() {
        return TestTokens.bearer(UUID.randomUUID().toString(), "MODERATOR");
    }

    @Test
    void aValidRequestFromTheRightRolePasses() {
        ResponseEntity<String> response = postNote(moderator(), "{\"text\":\"hello\",\"priority\":2}");

        assertThat(response.getStatusCode().value()).isEqualTo(201);
        assertThat(response.getHeaders().getFirst("traceparent")).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-01");
    }

    @Test
    void invalidFieldsGetAProblemNamingEachField() {
        ResponseEntity<String> response = postNote(moderator(), "{\"text\":\" \",\"priority\":0}");

        assertThat(response.getStatusCode().value()).isEqualTo(400);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response.getBody()).contains("\"field\":\"text\"", "\"field\":\"priority\"");
    }

    @Test
    void anInvalidQueryParameterGetsAProblemNamingIt() {
        ResponseEntity<String> response = RestClient.create("http://localhost:" + port).get().uri("/api/notes?limit=0")
                .header(HttpHeaders.AUTHORIZATION, moderator())
                .retrieve().onStatus(status -> true, (req, res) -> { }).toEntity(String.class);

        assertThat(response.getStatusCode().value()).isEqualTo(400);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response.getBody()).contains("\"field\":\"limit\"", "'limit' must be greater than or equal to 1");
    }

    @Test
    void malformedJsonAndWrongTypesGetAProblemNotAServerError() {
        ResponseEntity<String> malformed = postNote(moderator(), "{\"text\": ");
        ResponseEntity<String> wrongType = postNote(moderator(), "{\"text\":\"x\",\"priority\":\"high\"}");

        assertThat(malformed.getStatusCode().value()).isEqualTo(400);
        assertThat(malformed.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(wrongType.getStatusCode().value()).isEqualTo(400);
        assertThat(wrongType.getBody()).contains("priority");
    }

    @Test
    void noTokenIs401AndTheWrongRoleIs403AsProblems() {
        ResponseEntity<String> anonymous = postNote(null, "{\"text\":\"hello\",\"priority\":2}");
        ResponseEntity<String> mentee = postNote(TestTokens.bearer(UUID.randomUUID().toString(), "MENTEE"),
                "{\"text\":\"hello\",\"priority\":2}");

        assertThat(anonymous.getStatusCode().value()).isEqualTo(401);
        assertThat(anonymous.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(anonymous.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Bearer");
        assertThat(mentee.getStatusCode().value()).isEqualTo(403);
        assertThat(mentee.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void healthReportsMongoAndKafka() {
        JsonNode health = JsonMapper.builder().build().readTree(
                RestClient.create("http://localhost:" + port).get().uri("/actuator/health").retrieve().body(String.class));

        assertThat(health.at("/components/mongo/status").asString()).isEqualTo("UP");
        assertThat(health.at("/components/kafka/status").asString()).isEqualTo("UP");
        assertThat(health.at("/components/kafka/details/nodes").asInt()).isEqualTo(1);
    }
}
