package org.rematch.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/** An account made through the gateway: credentials, id (= token subject) and a fresh token. */
record Person(String email, String password, String displayName, String id, String token) {

    static String token(String email, String password) {
        var response = SystemUnderTest.gateway().post("/api/auth/token", null, Map.of("email", email, "password", password));
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        JsonNode json = response.json();
        assertThat(json.get("token_type").asString()).isEqualToIgnoringCase("Bearer");
        return json.get("access_token").asString();
    }

    static Person register(String role, String displayName) {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String email = displayName.toLowerCase().replaceAll("[^a-z0-9]+", ".") + "-" + suffix + "@example.org";
        String password = "long-enough-password-" + suffix;
        var response = SystemUnderTest.gateway().post("/api/auth/register", null,
                Map.of("email", email, "password", password, "displayName", displayName, "role", role));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        String token = token(email, password);
        return new Person(email, password, displayName, Http.subject(token), token);
    }
}
