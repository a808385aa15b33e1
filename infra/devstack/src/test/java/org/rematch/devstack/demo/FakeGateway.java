package org.rematch.devstack.demo;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.function.Function;
import tools.jackson.databind.json.JsonMapper;

/** An HTTP server in the test JVM playing the gateway: records every request, answers like the platform would. */
final class FakeGateway implements AutoCloseable {

    record Request(String method, String path, String authorization, String body) {

        /** A top-level string member of the JSON body. */
        String field(String name) {
            return JSON.readTree(body).path(name).asString();
        }
    }

    private static final JsonMapper JSON = JsonMapper.shared();

    private final HttpServer server;
    final List<Request> requests = new CopyOnWriteArrayList<>();
    /** The status for a request (default: 201 for POSTs, 200 for the rest); the body is "{}" unless a token. */
    volatile Function<Request, Integer> status = request -> request.method().equals("POST") ? 201 : 200;
    volatile String forums = "[]";

    FakeGateway() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Request request = new Request(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                    exchange.getRequestHeaders().getFirst("Authorization"), body);
            requests.add(request);
            String answer = "{}";
            int code;
            if (request.path().equals("/api/auth/token")) {
                answer = JSON.writeValueAsString(Map.of("access_token", "token-for-" + request.field("email"), "token_type", "Bearer"));
                code = 200;
            } else if (request.method().equals("GET") && request.path().equals("/api/forums")) {
                answer = forums;
                code = 200;
            } else {
                code = status.apply(request);
            }
            byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(code, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    List<Request> posts(String path) {
        return requests.stream().filter(r -> r.method().equals("POST") && r.path().equals(path)).toList();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
