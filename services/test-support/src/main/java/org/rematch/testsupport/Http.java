package org.rematch.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Calls the service under test over real HTTP and hands back every status, 4xx included, for the test to judge.
 * A service may extend it with calls of its own API.
 */
public class Http {

    public static final JsonMapper JSON = JsonMapper.builder().build();

    private final RestClient client;

    public Http(int port) {
        this.client = RestClient.create("http://localhost:" + port);
    }

    public ResponseEntity<String> get(String path, String authorization) {
        return exchange(HttpMethod.GET, path, authorization, null);
    }

    public ResponseEntity<String> post(String path, String authorization, String body) {
        return exchange(HttpMethod.POST, path, authorization, body);
    }

    public ResponseEntity<String> put(String path, String authorization, String body) {
        return exchange(HttpMethod.PUT, path, authorization, body);
    }

    public ResponseEntity<String> delete(String path, String authorization) {
        return exchange(HttpMethod.DELETE, path, authorization, null);
    }

    /** Any request; a 4xx or 5xx is returned, not thrown. */
    public ResponseEntity<String> exchange(HttpMethod method, String path, String authorization, String body) {
        return exchange(method, path, authorization, body, Map.of());
    }

    /** Any request with extra headers (If-Match, ...); a 4xx or 5xx is returned, not thrown. */
    public ResponseEntity<String> exchange(HttpMethod method, String path, String authorization, String body,
            Map<String, String> headers) {
        RestClient.RequestBodySpec request = client.method(method).uri(path);
        headers.forEach(request::header);
        if (authorization != null) {
            request.header(HttpHeaders.AUTHORIZATION, authorization);
        }
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).body(body);
        }
        return request.retrieve().onStatus(status -> true, (req, res) -> { }).toEntity(String.class);
    }

    public static JsonNode json(ResponseEntity<String> response) {
        return JSON.readTree(response.getBody());
    }

    /** Asserts an application/problem+json answer with {@code status} and returns its body. */
    public static JsonNode problem(ResponseEntity<String> response, int status) {
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(status);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        return json(response);
    }
}
