package org.rematch.profiles.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rematch.profiles.ProfilesHttp.PASSWORD;
import static org.rematch.profiles.ProfilesHttp.json;
import static org.rematch.profiles.ProfilesHttp.problem;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.rematch.profiles.MenteePaths;
import org.rematch.profiles.ProfilesHttp;
import org.rematch.profiles.ProfilesServiceTest;
import org.rematch.testsupport.RematchServiceTest;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.JsonNode;

@RematchServiceTest
class PersonalDataTest extends ProfilesServiceTest {

    @Test
    void theExportHoldsTheAccountTheProfileAndTheActiveSessionsButNoSecrets() {
        ProfilesHttp.Registered amina = http().registerAndLogIn("Amina Khan", "MENTEE");
        String refreshToken = json(http().token(amina.email(), PASSWORD).getBody()).get("refresh_token").asString();
        String loggedOut = json(http().token(amina.email(), PASSWORD).getBody()).get("refresh_token").asString();
        http().logout(loggedOut);
        http().post("/api/mentees", amina.bearer(), MenteePaths.FULL);
        ProfilesHttp.Registered other = http().registerAndLogIn("Someone Else", "MENTEE");

        ResponseEntity<String> export = http().get("/api/personal-data", amina.bearer());

        assertThat(export.getStatusCode().value()).as(export.getBody()).isEqualTo(200);
        JsonNode body = json(export.getBody());
        assertThat(body.get("service").asString()).isEqualTo("profiles");
        assertThat(body.get("accountId").asString()).isEqualTo(amina.accountId());
        JsonNode account = body.get("data").get("account");
        assertThat(account.get("email").asString()).isEqualTo(amina.email());
        assertThat(account.get("displayName").asString()).isEqualTo("Amina Khan");
        assertThat(account.get("roles").toString()).isEqualTo("[\"MENTEE\"]");
        assertThat(account.get("disabled").asBoolean()).isFalse();
        assertThat(Instant.parse(account.get("createdAt").asString())).isBefore(Instant.now().plusSeconds(1));
        JsonNode mentee = body.get("data").get("mentee");
        JsonNode sent = MenteePaths.tree(MenteePaths.FULL);
        sent.propertyNames().forEach(field -> assertThat(mentee.get(field)).as(field).isEqualTo(sent.get(field)));
        assertThat(mentee.get("status").asString()).isEqualTo("SEEKING");
        assertThat(mentee.get("forumJoining").asString()).isEqualTo("JOIN_AUTOMATICALLY");
        // the registration's login and the first login above; the logged-out one is not active
        assertThat(body.get("data").get("activeSessions").asLong()).isEqualTo(2);
        assertThat(export.getBody()).doesNotContainIgnoringCase("password").doesNotContain("{bcrypt}")
                .doesNotContain(refreshToken).doesNotContain(other.accountId()).doesNotContain("outbox");

        problem(http().get("/api/personal-data", null), 401);
        JsonNode others = json(http().get("/api/personal-data", other.bearer()).getBody());
        assertThat(others.get("data").get("mentee").isNull()).isTrue();
        assertThat(others.toString()).doesNotContain(amina.accountId());
    }
}
