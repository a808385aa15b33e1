package org.rematch.profiles.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rematch.profiles.ProfilesHttp.ADMIN_EMAIL;
import static org.rematch.profiles.ProfilesHttp.ADMIN_PASSWORD;
import static org.rematch.profiles.ProfilesHttp.PASSWORD;
import static org.rematch.profiles.ProfilesHttp.json;
import static org.rematch.profiles.ProfilesHttp.problem;
import static org.rematch.profiles.ProfilesHttp.uniqueEmail;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.rematch.profiles.ProfilesHttp;
import org.rematch.profiles.ProfilesServiceTest;
import org.rematch.profiles.account.Accounts;
import org.rematch.testsupport.RematchServiceTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.JsonNode;

@RematchServiceTest
class DisablingTest extends ProfilesServiceTest {

    @Autowired
    Accounts accounts;

    private String admin() {
        return http().bearerFor(ADMIN_EMAIL, ADMIN_PASSWORD);
    }

    private String refreshTokenOf(String email) {
        ResponseEntity<String> token = http().token(email, PASSWORD);
        assertThat(token.getStatusCode().value()).as(token.getBody()).isEqualTo(200);
        return json(token.getBody()).get("refresh_token").asString();
    }

    private String createModerator(String admin) {
        String email = uniqueEmail();
        ResponseEntity<String> created = http().post("/api/accounts/moderators", admin,
                "{\"email\":\"%s\",\"password\":\"%s\",\"displayName\":\"Maya Moderator\"}".formatted(email, PASSWORD));
        assertThat(created.getStatusCode().value()).isEqualTo(201);
        return json(created.getBody()).get("accountId").asString();
    }

    @Test
    void aDisabledAccountCannotRefreshOrLogInUntilEnabledAgain() {
        ProfilesHttp.Registered amina = http().registerAndLogIn("Amina Khan", "MENTEE");
        String firstLogin = refreshTokenOf(amina.email());
        String secondLogin = refreshTokenOf(amina.email());
        String admin = admin();

        ResponseEntity<String> disabled = http().post("/api/accounts/" + amina.accountId() + "/disable", admin, null);

        assertThat(disabled.getStatusCode().value()).as(disabled.getBody()).isEqualTo(200);
        assertThat(json(disabled.getBody()).get("disabled").asBoolean()).isTrue();
        problem(http().refresh(firstLogin), 401);
        problem(http().refresh(secondLogin), 401);
        JsonNode refused = problem(http().token(amina.email(), PASSWORD), 403);
        assertThat(refused.get("title").asString()).isEqualTo("account disabled");
        // a wrong password learns nothing: the same 401 as for anyone
        JsonNode wrong = problem(http().token(amina.email(), "wrong-password-123"), 401);
        assertThat(wrong.get("detail")).isEqualTo(problem(http().token(uniqueEmail(), "wrong-password-123"), 401).get("detail"));
        assertThat(json(http().get("/api/accounts/me", amina.bearer()).getBody()).get("disabled").asBoolean()).isTrue();

        ResponseEntity<String> enabled = http().post("/api/accounts/" + amina.accountId() + "/enable", admin, null);

        assertThat(enabled.getStatusCode().value()).isEqualTo(200);
        assertThat(json(enabled.getBody()).get("disabled").asBoolean()).isFalse();
        String afterEnabling = refreshTokenOf(amina.email());
        assertThat(http().refresh(afterEnabling).getStatusCode().value()).isEqualTo(200);
        problem(http().refresh(firstLogin), 401);
    }

    @Test
    void anAdminCannotBeDisabledAndUnknownAccountsAre404() {
        String admin = admin();
        String adminId = accounts.findByEmail(ADMIN_EMAIL).orElseThrow().accountId();

        problem(http().post("/api/accounts/" + adminId + "/disable", admin, null), 409);
        problem(http().post("/api/accounts/" + UUID.randomUUID() + "/disable", admin, null), 404);
        problem(http().post("/api/accounts/" + UUID.randomUUID() + "/enable", admin, null), 404);
        assertThat(http().token(ADMIN_EMAIL, ADMIN_PASSWORD).getStatusCode().value()).isEqualTo(200);
    }

    @Test
    void onlyTheAdminDisablesEnablesAndListsModerators() {
        ProfilesHttp.Registered amina = http().registerAndLogIn("Amina Khan", "MENTEE");
        ProfilesHttp.Registered mentor = http().registerAndLogIn("Dr. Mehta", "MENTOR");
        String moderatorId = createModerator(admin());
        String moderator = http().bearerFor(accounts.findById(moderatorId).orElseThrow().email(), PASSWORD);

        for (String caller : new String[] {amina.bearer(), mentor.bearer(), moderator}) {
            problem(http().post("/api/accounts/" + amina.accountId() + "/disable", caller, null), 403);
            problem(http().post("/api/accounts/" + amina.accountId() + "/enable", caller, null), 403);
            problem(http().get("/api/accounts/moderators", caller), 403);
        }
        problem(http().post("/api/accounts/" + amina.accountId() + "/disable", null, null), 401);
        problem(http().get("/api/accounts/moderators", null), 401);
        assertThat(http().token(amina.email(), PASSWORD).getStatusCode().value()).isEqualTo(200);
    }

    @Test
    void theAdminSeesTheModeratorsWithWhetherTheyAreDisabled() {
        String admin = admin();
        String active = createModerator(admin);
        String disabled = createModerator(admin);
        assertThat(http().post("/api/accounts/" + disabled + "/disable", admin, null).getStatusCode().value()).isEqualTo(200);

        ResponseEntity<String> listed = http().get("/api/accounts/moderators", admin);

        assertThat(listed.getStatusCode().value()).isEqualTo(200);
        JsonNode moderators = json(listed.getBody());
        assertThat(listed.getBody()).doesNotContainIgnoringCase("password");
        assertThat(moderators.valueStream().filter(m -> m.get("accountId").asString().equals(active)).findFirst())
                .get().satisfies(m -> assertThat(m.get("disabled").asBoolean()).isFalse());
        assertThat(moderators.valueStream().filter(m -> m.get("accountId").asString().equals(disabled)).findFirst())
                .get().satisfies(m -> assertThat(m.get("disabled").asBoolean()).isTrue());
        assertThat(moderators.valueStream().map(m -> m.get("roles").toString())).containsOnly("[\"MODERATOR\"]");
    }
}
