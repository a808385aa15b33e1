package org.rematch.gateway;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A service stand-in on a free port: records every request it gets and answers with its own name; profiles' also
 * answers its auth API ({@link StubProfilesAuth}).
 */
final class StubUpstream implements AutoCloseable {

    record Received(String method, String path, String query, String body, String authorization, String contentType,
            String forwardedFor) {
    }

    static final String ACCOUNT_ID = "6f1c2e9a-3b7d-4c5e-8a9f-0b1c2d3e4f5a";

    final String name;
    final List<Received> received = new CopyOnWriteArrayList<>();
    private final HttpServer server;
    private final int healthStatus;
    /** profiles' auth API, on the profiles stand-in only. */
    final StubProfilesAuth auth;

    private StubUpstream(String name, int healthStatus, StubProfilesAuth auth) {
        this.name = name;
        this.healthStatus = healthStatus;
        this.auth = auth;
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        server.start();
    }

    /** A stub whose /actuator/health says UP. */
    static StubUpstream healthy(String name) {
        return new StubUpstream(name, 200, null);
    }

    /** profiles' stand-in: healthy, and answering /api/auth/token, /refresh and /logout as profiles does. */
    static StubUpstream profiles() {
        return new StubUpstream("profiles", 200, new StubProfilesAuth());
    }

    /** A stub that answers, but whose /actuator/health says DOWN with 503, as Boot does. */
    static StubUpstream unhealthy(String name) {
        return new StubUpstream(name, 503, null);
    }

    /** A URL where nothing listens. */
    static String nothingListening() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return "http://127.0.0.1:" + socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    Received last() {
        return received.isEmpty() ? null : received.getLast();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getRawPath();
        if (path.equals("/actuator/health")) {
            respond(exchange, healthStatus, "application/json",
                    "{\"status\":\"" + (healthStatus == 200 ? "UP" : "DOWN") + "\"}");
            return;
        }
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        received.add(new Received(exchange.getRequestMethod(), path, exchange.getRequestURI().getRawQuery(), body,
                exchange.getRequestHeaders().getFirst("Authorization"), exchange.getRequestHeaders().getFirst("Content-Type"),
                exchange.getRequestHeaders().getFirst("X-Forwarded-For")));
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        if (auth != null && StubProfilesAuth.handles(path)) {
            StubProfilesAuth.Answer answer = auth.answer(path, body);
            if (answer.retryAfter() != null) {
                exchange.getResponseHeaders().add("Retry-After", answer.retryAfter());
            }
            respond(exchange, answer.status(), answer.contentType(), answer.body());
        } else if (path.equals("/api/personal-data")) {
            personalData(exchange, authorization);
        } else if (path.endsWith("/needs-token")) {
            respond(exchange, 401, "application/problem+json", "{\"status\":401,\"detail\":\"A valid bearer token is required\"}");
        } else if (exchange.getRequestMethod().equals("POST")) {
            respond(exchange, 201, "application/json", "{\"from\":\"" + name + "\"}");
        } else {
            respond(exchange, 200, "application/json", "{\"from\":\"" + name + "\"}");
        }
    }

    /** Like every service's kit endpoint: the caller's own data, or 401 without a token. */
    private void personalData(HttpExchange exchange, String authorization) throws IOException {
        if (authorization == null) {
            respond(exchange, 401, "application/problem+json", "{\"status\":401,\"detail\":\"A valid bearer token is required\"}");
        } else {
            respond(exchange, 200, "application/json", "{\"service\":\"" + name + "\",\"accountId\":\"" + ACCOUNT_ID
                    + "\",\"data\":{\"heldBy\":\"" + name + "\"}}");
        }
    }

    private static void respond(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", contentType);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
