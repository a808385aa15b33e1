package org.rematch.profiles.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.rematch.profiles.ProfilesHttp.ADMIN_EMAIL;
import static org.rematch.profiles.ProfilesHttp.ADMIN_PASSWORD;
import static org.rematch.profiles.ProfilesHttp.PASSWORD;
import static org.rematch.profiles.ProfilesHttp.json;
import static org.rematch.profiles.ProfilesHttp.problem;
import static org.rematch.profiles.ProfilesHttp.uniqueEmail;

import com.nimbusds.jwt.SignedJWT;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rematch.contracts.accounts.Role;
import org.rematch.profiles.ProfilesHttp;
import org.rematch.profiles.ProfilesServiceTest;
import org.rematch.testsupport.RematchServiceTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.JsonNode;

@RematchServiceTest
class AdminAndModeratorsTest extends ProfilesServiceTest {

    @Autowired
    Accounts accounts;

    private static String moderatorBody(String email) {
        return """
                {"email":"%s","password":"%s","displayName":"Maya Moderator"}""".formatted(email, PASSWORD);
    }

    @Test
    void theConfiguredAdminExistsAndCreatesModerators() throws Exception {
        String admin = http().bearerFor(ADMIN_EMAIL, ADMIN_PASSWORD);
        assertThat(SignedJWT.parse(admin.substring(7)).getJWTClaimsSet().getStringListClaim("roles")).containsExactly("ADMIN");

        String email = uniqueEmail();
        ResponseEntity<String> created = http().post("/api/accounts/moderators", admin, moderatorBody(email));

        assertThat(created.getStatusCode().value()).as(created.getBody()).isEqualTo(201);
        JsonNode moderator = json(created.getBody());
        assertThat(moderator.get("email").asString()).isEqualTo(email);
        assertThat(moderator.get("roles").toString()).isEqualTo("[\"MODERATOR\"]");
        assertThat(created.getBody()).doesNotContainIgnoringCase("password");

        String moderatorToken = http().bearerFor(email, PASSWORD);
        assertThat(SignedJWT.parse(moderatorToken.substring(7)).getJWTClaimsSet().getStringListClaim("roles"))
                .containsExactly("MODERATOR");
        assertThat(json(http().get("/api/accounts/me", moderatorToken).getBody()).get("roles").toString())
                .isEqualTo("[\"MODERATOR\"]");
        problem(http().post("/api/accounts/moderators", admin, moderatorBody(email.toUpperCase())), 409);
    }

    @Test
    void onlyTheAdminCreatesModerators() {
        ProfilesHttp.Registered mentee = http().registerAndLogIn("Amina", "MENTEE");
        ProfilesHttp.Registered mentor = http().registerAndLogIn("Dr. Mehta", "MENTOR");

        problem(http().post("/api/accounts/moderators", mentee.bearer(), moderatorBody(uniqueEmail())), 403);
        problem(http().post("/api/accounts/moderators", mentor.bearer(), moderatorBody(uniqueEmail())), 403);
        problem(http().post("/api/accounts/moderators", null, moderatorBody(uniqueEmail())), 401);
    }

    @Test
    void aBadModeratorRequestNamesTheField() {
        String admin = http().bearerFor(ADMIN_EMAIL, ADMIN_PASSWORD);

        JsonNode problem = problem(http().post("/api/accounts/moderators", admin, """
                {"email":"nope","password":"short","displayName":""}"""), 400);

        assertThat(problem.get("errors").valueStream().map(e -> e.get("field").asString()))
                .containsExactlyInAnyOrder("email", "password", "displayName");
    }

    @Test
    void theBootstrapIsIdempotentAndNeverResetsThePassword() {
        AdminBootstrap laterStart = new AdminBootstrap(accounts, ADMIN_EMAIL.toUpperCase(), "a-different-password-42");

        assertThat(laterStart.ensureAdmin()).isEqualTo(AdminBootstrap.Outcome.ALREADY_EXISTS);
        assertThat(accounts.findByEmail(ADMIN_EMAIL)).get().satisfies(admin -> assertThat(admin.has(Role.ADMIN)).isTrue());
        assertThat(http().token(ADMIN_EMAIL, ADMIN_PASSWORD).getStatusCode().value()).isEqualTo(200);
        assertThat(http().token(ADMIN_EMAIL, "a-different-password-42").getStatusCode().value()).isEqualTo(401);
    }

    @Test
    void withoutAPasswordOrWithAWeakOneNoAdminIsCreated() {
        String email = uniqueEmail();

        assertThat(new AdminBootstrap(accounts, email, "").ensureAdmin()).isEqualTo(AdminBootstrap.Outcome.NOT_CONFIGURED);
        assertThat(new AdminBootstrap(accounts, email, "short").ensureAdmin()).isEqualTo(AdminBootstrap.Outcome.REJECTED);
        assertThat(accounts.findByEmail(email)).isEmpty();
    }

    @Test
    void aFreshBootstrapCreatesTheAdminOnce() {
        String email = uniqueEmail();

        assertThat(new AdminBootstrap(accounts, email, ADMIN_PASSWORD).ensureAdmin()).isEqualTo(AdminBootstrap.Outcome.CREATED);
        assertThat(new AdminBootstrap(accounts, email, ADMIN_PASSWORD).ensureAdmin()).isEqualTo(AdminBootstrap.Outcome.ALREADY_EXISTS);
        assertThat(accounts.findByEmail(email)).get().satisfies(admin -> assertThat(admin.roles()).containsExactly(Role.ADMIN));
    }

    @Test
    void theAdminPasswordMayComeFromASecretFile(@TempDir Path secrets) throws Exception {
        String email = uniqueEmail();
        Path secret = Files.writeString(secrets.resolve("admin-password"), ADMIN_PASSWORD + "\n");

        assertThat(new AdminBootstrap(accounts, email, "", secret.toString()).ensureAdmin()).isEqualTo(AdminBootstrap.Outcome.CREATED);

        String admin = http().bearerFor(email, ADMIN_PASSWORD);
        assertThat(SignedJWT.parse(admin.substring(7)).getJWTClaimsSet().getStringListClaim("roles")).containsExactly("ADMIN");
    }

    @Test
    void aConfiguredSecretFileThatIsMissingStopsTheStartWithItsName(@TempDir Path secrets) {
        String missing = secrets.resolve("no-such-secret").toString();

        assertThatThrownBy(() -> new AdminBootstrap(accounts, uniqueEmail(), "", missing))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining(missing);
    }
}
