package org.rematch.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/**
 * Without a token, only getting in answers: every operation each service publishes in its OpenAPI document is called
 * with no token (ids filled with random UUIDs, an empty JSON body) and must answer 401, except register, token,
 * refresh, logout and the JWKS. An endpoint added later is covered without touching this test.
 */
@ExtendWith(SystemUnderTest.class)
class AnonymousAccessIT {

    private static final Set<String> OPEN = Set.of("POST /api/auth/register", "POST /api/auth/token",
            "POST /api/auth/refresh", "POST /api/auth/logout", "GET /.well-known/jwks.json");

    @ParameterizedTest
    @ValueSource(strings = {"profiles", "mentor-directory", "matching", "forums", "notifications"})
    void everyOperationButGettingInAnswers401WithoutAToken(String service) {
        Http http = new Http(SystemUnderTest.platform().url(service));
        var docs = http.get("/v3/api-docs", null);
        assertThat(docs.status()).as(docs.toString()).isEqualTo(200);

        List<String> operations = operations(docs.json());
        assertThat(operations).as("operations of %s", service).isNotEmpty();
        for (String operation : operations) {
            String[] methodAndPath = operation.split(" ", 2);
            String path = methodAndPath[1].replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
            var response = http.send(methodAndPath[0], path, null, methodAndPath[0].equals("GET") ? null : "{}");
            if (OPEN.contains(operation)) {
                assertThat(response.status()).as(response.toString()).isNotEqualTo(401).isLessThan(500);
            } else {
                assertThat(response.status()).as(response.toString()).isEqualTo(401);
                assertThat(response.contentType()).startsWith("application/problem+json");
            }
        }
    }

    private static List<String> operations(JsonNode openApi) {
        List<String> operations = new ArrayList<>();
        openApi.path("paths").properties().forEach(path -> path.getValue().propertyNames()
                .forEach(method -> operations.add(method.toUpperCase() + " " + path.getKey())));
        return operations;
    }
}
