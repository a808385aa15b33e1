package org.rematch.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Bad input and missing credentials get a clear 4xx as application/problem+json, through the gateway. */
@ExtendWith(SystemUnderTest.class)
class BadRequestsIT {

    private static Http api;

    @BeforeAll
    static void gateway() {
        api = SystemUnderTest.gateway();
    }

    @Test
    void malformedJsonIsA400Problem() {
        var response = api.send("POST", "/api/auth/register", null, "{\"email\": \"broken@example.org\", ");
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("status").asInt()).isEqualTo(400);
    }

    @Test
    void aMissingFieldIsA400ProblemNamingTheField() {
        var response = api.post("/api/auth/register", null, Map.of("email", "no-name@example.org",
                "password", "long-enough-password", "role", "MENTEE"));
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.body()).contains("displayName");
    }

    @Test
    void aMissingFieldOfAMenteePathNamesTheField() {
        String token = Person.register("MENTEE", "Incomplete Mentee").token();
        Map<String, Object> withoutSpecialties = new HashMap<>(Steps.path("IM", "PK", List.of()));
        withoutSpecialties.remove("targetSpecialties");
        var response = api.post("/api/mentees", token, withoutSpecialties);
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.body()).contains("targetSpecialties");
    }

    @Test
    void noTokenIsA401() {
        for (String path : new String[] {"/api/pairings", "/api/notifications", "/api/mentees/me"}) {
            var response = api.get(path, null);
            assertThat(response.status()).as(response.toString()).isEqualTo(401);
        }
        var post = api.post("/api/mentors", null, Map.of("matchedSpecialty", "IM"));
        assertThat(post.status()).as(post.toString()).isEqualTo(401);
    }
}
