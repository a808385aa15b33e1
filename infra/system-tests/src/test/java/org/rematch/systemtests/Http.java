package org.rematch.systemtests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** A small JSON-over-HTTP client for the gateway: every call goes through the single public origin. */
final class Http {

    static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final String JSON_ACCEPT = "application/json, application/problem+json";

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;

    Http(String base) {
        this.base = base;
    }

    /** A response: status, content type, raw body, and the body as JSON. */
    record Response(String method, String path, int status, String contentType, String body) {

        JsonNode json() {
            return JSON.readTree(body == null || body.isEmpty() ? "null" : body);
        }

        @Override
        public String toString() {
            return method + " " + path + " → " + status + " " + contentType + " " + body;
        }
    }

    Response get(String path, String token) {
        return send("GET", path, token, null);
    }

    Response post(String path, String token, Object body) {
        return post(path, token, body, Map.of());
    }

    /** A POST with extra request headers, e.g. a traceparent the caller started. */
    Response post(String path, String token, Object body, Map<String, String> headers) {
        return send("POST", path, token, body instanceof String raw ? raw : JSON.writeValueAsString(body), JSON_ACCEPT, headers);
    }

    Response send(String method, String path, String token, String body) {
        return send(method, path, token, body, JSON_ACCEPT);
    }

    Response send(String method, String path, String token, String body, String accept) {
        return send(method, path, token, body, accept, Map.of());
    }

    private Response send(String method, String path, String token, String body, String accept, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", accept);
        headers.forEach(request::header);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (body != null) {
            request.header("Content-Type", "application/json");
            request.method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(method, path, response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + path + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The {@code sub} claim of an access token (the account id) without verifying it: the services verify it. */
    static String subject(String token) {
        String payload = token.split("\\.")[1];
        return JSON.readTree(new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8)).get("sub").asString();
    }
}
