package org.rematch.gateway.status;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.rematch.gateway.routing.PlatformServices;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Asks every service's /actuator/health at once, each with a short timeout, so one slow service never stalls the page. */
@Component
class ServiceHealthProbe {

    static final String UP = "UP";
    static final String DOWN = "DOWN";

    private final PlatformServices services;
    private final JsonMapper json;
    private final Duration timeout;
    private final HttpClient http;

    ServiceHealthProbe(PlatformServices services, JsonMapper json,
            @Value("${rematch.gateway.status-timeout:2s}") Duration timeout) {
        this.services = services;
        this.json = json;
        this.timeout = timeout;
        this.http = HttpClient.newBuilder()
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    List<ServiceStatus> probeAll() {
        List<Future<ServiceStatus>> probes;
        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
            probes = services.all().stream()
                    .map(service -> executor.submit(() -> probe(service)))
                    .toList();
        } // waits for every probe; each ends within its timeout
        return probes.stream().map(Future::resultNow).toList();
    }

    private ServiceStatus probe(PlatformServices.Service service) {
        String url = service.url().toString();
        try {
            HttpRequest request = HttpRequest.newBuilder(health(service.url()))
                    .timeout(timeout)
                    .header("Accept", "application/json")
                    .GET()
                    .build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            String status = reportedStatus(response);
            String detail = UP.equals(status) ? null : "health answered " + response.statusCode() + " " + status;
            return new ServiceStatus(service.name(), url, status, detail, "/platform/api-docs/" + service.name());
        } catch (HttpTimeoutException e) {
            return new ServiceStatus(service.name(), url, DOWN, "no answer within " + timeout.toMillis() + " ms", null);
        } catch (IOException e) {
            return new ServiceStatus(service.name(), url, DOWN, "unreachable", null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new ServiceStatus(service.name(), url, DOWN, "interrupted", null);
        } catch (IllegalArgumentException e) {
            return new ServiceStatus(service.name(), url, DOWN, "bad URL", null);
        }
    }

    private String reportedStatus(HttpResponse<String> response) {
        try {
            JsonNode status = json.readTree(response.body()).path("status");
            if (status.isString() && !status.asString().isBlank()) {
                return status.asString();
            }
        } catch (JacksonException notJson) {
            // fall back to the HTTP status below
        }
        return response.statusCode() / 100 == 2 ? UP : DOWN;
    }

    private static URI health(URI base) {
        String root = base.toString().endsWith("/") ? base.toString() : base + "/";
        return URI.create(root + "actuator/health");
    }
}
