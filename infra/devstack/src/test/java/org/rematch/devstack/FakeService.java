package org.rematch.devstack;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.TreeMap;

/** Stands in for a Spring Boot service in PlatformIT: answers /actuator/health and echoes its environment at /env. */
public final class FakeService {

    private FakeService() {
    }

    public static void main(String[] args) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(Integer.parseInt(System.getenv("SERVER_PORT"))), 0);
        server.createContext("/actuator/health", exchange -> respond(exchange, "{\"status\":\"UP\"}"));
        server.createContext("/env", exchange -> {
            StringBuilder body = new StringBuilder();
            new TreeMap<>(System.getenv()).forEach((k, v) -> body.append(k).append('=').append(v).append('\n'));
            respond(exchange, body.toString());
        });
        server.start();
        System.out.println("fake service up on " + System.getenv("SERVER_PORT"));
    }

    private static void respond(com.sun.net.httpserver.HttpExchange exchange, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
