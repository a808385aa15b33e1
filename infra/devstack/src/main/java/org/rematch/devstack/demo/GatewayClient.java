package org.rematch.devstack.demo;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.rematch.devstack.PlatformException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON over HTTP to the gateway, the platform's single public origin. A connection failure or a 502/503/504 (a
 * service behind the gateway still warming up) is retried a few times; every other answer is returned as is.
 */
final class GatewayClient implements AutoCloseable {

    record Response(int status, String body) {
    }

    /**
     * Answers worth another try: a service starting or restarting, and 429: sign-in counts every attempt in flight
     * from one address against its limit until the password is checked, so parallel seeding on a busy machine meets it.
     */
    private static final Set<Integer> TRANSIENT = Set.of(429, 502, 503, 504);
    private static final int ATTEMPTS = 4;

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final JsonMapper json = JsonMapper.shared();
    private final String base;

    GatewayClient(String base) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    Response get(String path, String token) {
        return send("GET", path, token, null);
    }

    Response post(String path, String token, Object body) {
        return send("POST", path, token, json.writeValueAsString(body));
    }

    /** The answer's body as a JSON tree. */
    JsonNode read(Response response) {
        return json.readTree(response.body());
    }

    /** An access token for the login, or a PlatformException saying why not. */
    String token(String email, String password) {
        Response response = post("/api/auth/token", null, Map.of("email", email, "password", password));
        if (response.status() != 200) {
            throw new PlatformException("Demo seeding: cannot sign in as " + email + " (" + response.status() + " "
                    + response.body() + ")");
        }
        return read(response).path("access_token").stringValueOpt().orElseThrow(() ->
                new PlatformException("Demo seeding: no access_token in the answer for " + email));
    }

    private Response send(String method, String path, String token, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json, application/problem+json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (body != null) {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        IOException lastFailure = null;
        Response last = null;
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            try {
                HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
                last = new Response(response.statusCode(), response.body());
                if (!TRANSIENT.contains(last.status())) {
                    return last;
                }
                waitAsAsked(response);
            } catch (IOException e) {
                lastFailure = e;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new PlatformException("interrupted while seeding demo data");
            }
            backOff(attempt);
        }
        if (last != null) {
            return last;
        }
        throw new PlatformException("Demo seeding: " + method + " " + base + path + " failed: " + lastFailure.getMessage(),
                lastFailure);
    }

    private static void backOff(int attempt) {
        pause(Duration.ofMillis(250L * attempt));
    }

    /** Waits as long as a Retry-After header asks (in seconds, at most 10), if there is one. */
    private static void waitAsAsked(HttpResponse<String> response) {
        response.headers().firstValue("Retry-After").filter(value -> value.matches("\\d{1,3}"))
                .map(seconds -> Duration.ofSeconds(Math.min(10, Long.parseLong(seconds)))).ifPresent(GatewayClient::pause);
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PlatformException("interrupted while seeding demo data");
        }
    }

    @Override
    public void close() {
        http.close();
    }
}
