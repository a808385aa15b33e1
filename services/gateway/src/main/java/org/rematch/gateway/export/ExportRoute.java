package org.rematch.gateway.export;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rematch.gateway.export.PersonalDataCollector.Part;
import org.rematch.gateway.export.PersonalDataCollector.ServiceUnavailable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;
import tools.jackson.databind.JsonNode;

/**
 * GET {@value #PATH}: everything Rematch holds on the caller, one section per service, as a JSON download. All or
 * nothing: a service that refuses the token decides the answer, and one that cannot be reached makes it a 503, because
 * a partial export would tell the person less than we hold. A router function ahead of the routes, because the
 * profiles route's /api/accounts/** would otherwise forward it.
 */
@Configuration(proxyBeanMethods = false)
class ExportRoute {

    static final String PATH = "/api/accounts/me/export";

    /** The export as the person downloads it. */
    record Export(String accountId, Instant exportedAt, Map<String, JsonNode> services) {
    }

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    RouterFunction<ServerResponse> personalDataExport(PersonalDataCollector collector) {
        return RouterFunctions.route().GET(PATH, request -> export(collector, request)).build();
    }

    private static ServerResponse export(PersonalDataCollector collector, ServerRequest request) {
        List<Part> parts;
        try {
            parts = collector.collect(request.headers().firstHeader(HttpHeaders.AUTHORIZATION));
        } catch (ServiceUnavailable e) {
            return unavailable(e.service, e.getMessage());
        }
        Optional<Part> refused = parts.stream().filter(part -> !part.status().is2xxSuccessful()).findFirst();
        if (refused.isPresent()) {
            return refusal(refused.get());
        }
        Map<String, JsonNode> services = new LinkedHashMap<>();
        parts.forEach(part -> services.put(part.service(), part.body().path("data")));
        String accountId = parts.getFirst().body().path("accountId").asString();
        return ServerResponse.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("rematch-export.json").build().toString())
                .contentType(MediaType.APPLICATION_JSON)
                .body(new Export(accountId, Instant.now(), services));
    }

    /** A 4xx from a service (no or a bad token) is the caller's answer; anything else means the service is not well. */
    private static ServerResponse refusal(Part part) {
        if (part.status().is4xxClientError()) {
            return ServerResponse.status(part.status()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(part.body());
        }
        return unavailable(part.service(), "The " + part.service() + " service answered " + part.status().value()
                + "; the export would be incomplete");
    }

    private static ServerResponse unavailable(String service, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, detail);
        problem.setTitle("Service unavailable");
        problem.setProperty("service", service);
        return ServerResponse.status(HttpStatus.SERVICE_UNAVAILABLE).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
