package org.rematch.profiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rematch.profiles.ProfilesHttp.PASSWORD;
import static org.rematch.profiles.ProfilesHttp.json;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.rematch.contracts.accounts.Role;
import org.rematch.profiles.account.Account;
import org.rematch.profiles.auth.TokenIssuer;
import org.rematch.testsupport.RematchServiceTest;
import org.rematch.testsupport.authz.AuthorizationMatrix;
import org.rematch.testsupport.authz.Caller;
import org.rematch.testsupport.authz.Cell;
import org.rematch.testsupport.authz.World;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.ResponseEntity;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Every profiles endpoint against every kind of caller (src/test/resources/authorization-matrix.md). profiles trusts
 * only the tokens it signs, so each caller's token is issued by profiles' own {@link TokenIssuer}, for an account the
 * setup stores with the world's id and the caller's role.
 */
@RematchServiceTest
class AuthorizationMatrixTest extends ProfilesServiceTest {

    private static final String PATH = MenteePaths.MINIMAL;

    @Autowired
    ApplicationContext applicationContext;
    @Autowired
    TokenIssuer tokenIssuer;
    @Autowired
    PasswordEncoder passwords;

    private static Account account(Caller caller, String accountId, String passwordHash) {
        return new Account(accountId, accountId + "@matrix.example.org", passwordHash, caller.column(),
                Set.of(Role.valueOf(caller.role().orElseThrow())), false, Instant.now(), 1, List.of());
    }

    /** Stores an account for every signed-in caller of the world, so /me endpoints have one to show. */
    private void accounts(World world) {
        for (Caller caller : Caller.values()) {
            if (caller.role().isPresent()) {
                mongo.insert(account(caller, world.id(caller), null), Account.COLLECTION);
            }
        }
    }

    private Cell own(World world, String path) {
        accounts(world);
        return Cell.of(path);
    }

    private Cell menteeProfile(World world, String path, String body) {
        accounts(world);
        String bearer = "Bearer " + tokenIssuer.issue(account(Caller.MENTEE, world.id(Caller.MENTEE), null)).accessToken();
        assertThat(http().post("/api/mentees", bearer, PATH).getStatusCode().value()).isEqualTo(201);
        return Cell.of(path, body);
    }

    private Cell menteesAccount(World world, String pathTemplate) {
        accounts(world);
        return Cell.of(pathTemplate.formatted(world.id(Caller.MENTEE)));
    }

    private static String credentials(String email) {
        return "{\"email\":\"%s\",\"password\":\"%s\"}".formatted(email, PASSWORD);
    }

    private String registered() {
        String email = ProfilesHttp.uniqueEmail();
        assertThat(http().register(email, PASSWORD, "Someone", "MENTEE").getStatusCode().value()).isEqualTo(201);
        return email;
    }

    private Cell ownRefreshToken(String path) {
        ResponseEntity<String> token = http().token(registered(), PASSWORD);
        return Cell.of(path, "{\"refresh_token\":\"%s\"}".formatted(json(token.getBody()).get("refresh_token").asString()));
    }

    private static String newModerator() {
        return "{\"email\":\"%s\",\"password\":\"%s\",\"displayName\":\"Maya\"}".formatted(ProfilesHttp.uniqueEmail(), PASSWORD);
    }

    @TestFactory
    Stream<DynamicTest> matrix() {
        Map<String, Cell.Setup> setups = Map.ofEntries(
                Map.entry("POST /api/auth/register | none", world -> Cell.of("/api/auth/register",
                        "{\"email\":\"%s\",\"password\":\"%s\",\"displayName\":\"New\",\"role\":\"MENTEE\"}"
                                .formatted(ProfilesHttp.uniqueEmail(), PASSWORD))),
                Map.entry("POST /api/auth/token | own credentials", world -> Cell.of("/api/auth/token", credentials(registered()))),
                Map.entry("POST /api/auth/refresh | own refresh token", world -> ownRefreshToken("/api/auth/refresh")),
                Map.entry("POST /api/auth/logout | own refresh token", world -> ownRefreshToken("/api/auth/logout")),
                Map.entry("GET /.well-known/jwks.json | none", world -> Cell.of("/.well-known/jwks.json")),
                Map.entry("GET /api/accounts/me | own", world -> own(world, "/api/accounts/me")),
                Map.entry("DELETE /api/accounts/me | own", world -> own(world, "/api/accounts/me")),
                Map.entry("GET /api/personal-data | own", world -> own(world, "/api/personal-data")),
                Map.entry("GET /api/accounts/moderators | none", world -> Cell.of("/api/accounts/moderators")),
                Map.entry("POST /api/accounts/moderators | none", world -> Cell.of("/api/accounts/moderators", newModerator())),
                Map.entry("POST /api/accounts/{accountId}/disable | mentee's account",
                        world -> menteesAccount(world, "/api/accounts/%s/disable")),
                Map.entry("POST /api/accounts/{accountId}/enable | mentee's account",
                        world -> menteesAccount(world, "/api/accounts/%s/enable")),
                Map.entry("DELETE /api/accounts/{accountId} | mentee's account",
                        world -> menteesAccount(world, "/api/accounts/%s")),
                Map.entry("POST /api/accounts/signing-keys/rotation | none", world -> Cell.of("/api/accounts/signing-keys/rotation")),
                Map.entry("POST /api/mentees | own profile, none yet", world -> {
                    accounts(world);
                    return Cell.of("/api/mentees", PATH);
                }),
                Map.entry("GET /api/mentees/me | mentee's profile", world -> menteeProfile(world, "/api/mentees/me", null)),
                // the runner sends no If-Match: the owner gets past authorization to 428 (Precondition Required)
                Map.entry("PUT /api/mentees/me | mentee's profile",
                        world -> menteeProfile(world, "/api/mentees/me", PATH).withHeader("If-Match", "\"1\"")),
                Map.entry("PUT /api/mentees/me/status | mentee's profile",
                        world -> menteeProfile(world, "/api/mentees/me/status", "{\"status\":\"PAUSED\"}")));
        return AuthorizationMatrix.of("profiles")
                .tokens((caller, accountId) -> "Bearer " + tokenIssuer.issue(account(caller, accountId, null)).accessToken())
                .tests(applicationContext, port, setups);
    }
}
