package org.rematch.gateway.export;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.rematch.gateway.routing.PlatformServices;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Asks every service at once for what it holds on the caller ({@code GET /api/personal-data}, the caller's own token
 * passed on, so each service decides by that token whose data it returns). The gateway trusts no token itself.
 */
@Component
class PersonalDataCollector {

    static final String PERSONAL_DATA = "/api/personal-data";

    /** One service's answer: its status, and its JSON body. */
    record Part(String service, HttpStatusCode status, JsonNode body) {
    }

    /** A service that could not be asked. */
    static final class ServiceUnavailable extends RuntimeException {

        final String service;

        ServiceUnavailable(String service, Throwable cause) {
            super("The " + service + " service is unavailable; the export would be incomplete", cause);
            this.service = service;
        }
    }

    private final PlatformServices services;
    private final RestClient http;
    private final JsonMapper json;

    PersonalDataCollector(PlatformServices services, RestClient.Builder http, JsonMapper json) {
        this.services = services;
        this.http = http.build();
        this.json = json;
    }

    /** Every service's part, in the order the services are configured. */
    List<Part> collect(String authorization) {
        Map<String, Future<Part>> asked = new LinkedHashMap<>();
        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
            services.all().forEach(service -> asked.put(service.name(), executor.submit(() -> ask(service, authorization))));
        }
        return asked.entrySet().stream().map(entry -> partOf(entry.getKey(), entry.getValue())).toList();
    }

    private Part ask(PlatformServices.Service service, String authorization) {
        RestClient.RequestHeadersSpec<?> request = http.get().uri(service.url().resolve(PERSONAL_DATA));
        if (authorization != null) {
            request.header(HttpHeaders.AUTHORIZATION, authorization);
        }
        return request.exchange((req, response) -> {
            String body = new String(response.getBody().readAllBytes());
            return new Part(service.name(), response.getStatusCode(), body.isBlank() ? json.nullNode() : json.readTree(body));
        });
    }

    private static Part partOf(String service, Future<Part> asked) {
        return switch (asked.state()) {
            case SUCCESS -> asked.resultNow();
            case FAILED -> throw new ServiceUnavailable(service, asked.exceptionNow());
            default -> throw new ServiceUnavailable(service, new RestClientException("not asked"));
        };
    }
}
