package org.rematch.profiles.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rematch.profiles.ProfilesHttp.PASSWORD;
import static org.rematch.profiles.ProfilesHttp.json;
import static org.rematch.profiles.ProfilesHttp.problem;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.rematch.profiles.ProfilesHttp;
import org.rematch.profiles.ProfilesServiceTest;
import org.rematch.testsupport.RematchServiceTest;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.JsonNode;

@RematchServiceTest
class RefreshTokensTest extends ProfilesServiceTest {

    /** Logs in and returns the token response. */
    private JsonNode logIn(ProfilesHttp.Registered account) {
        ResponseEntity<String> token = http().token(account.email(), PASSWORD);
        assertThat(token.getStatusCode().value()).isEqualTo(200);
        return json(token.getBody());
    }

    private static String refreshTokenOf(ResponseEntity<String> response) {
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(200);
        return json(response.getBody()).get("refresh_token").asString();
    }

    private static void refused(ResponseEntity<String> response) {
        problem(response, 401);
    }

    @Test
    void theLoginReturnsAnOpaqueRefreshTokenStoredOnlyAsItsHash() {
        ProfilesHttp.Registered account = http().registerAndLogIn("Amina", "MENTEE");
        String refreshToken = logIn(account).get("refresh_token").asString();

        assertThat(refreshToken).matches("[A-Za-z0-9_-]{43}");
        List<Document> stored = mongo.find(Query.query(Criteria.where("accountId").is(account.accountId())), Document.class,
                RefreshTokens.COLLECTION);
        assertThat(stored).hasSize(2).allSatisfy(document -> {
            assertThat(document.toJson()).doesNotContain(refreshToken);
            assertThat(document.getString("state")).isEqualTo("ACTIVE");
            Instant issuedAt = document.getDate("issuedAt").toInstant();
            assertThat(Duration.between(issuedAt, document.getDate("expiresAt").toInstant())).isEqualTo(Duration.ofDays(14));
        });
        assertThat(stored).extracting(document -> document.getString("familyId")).doesNotHaveDuplicates();
    }

    @Test
    void aRefreshTokenRotatesIntoANewAccessAndRefreshToken() {
        ProfilesHttp.Registered account = http().registerAndLogIn("Amina", "MENTEE");
        String first = logIn(account).get("refresh_token").asString();

        ResponseEntity<String> refreshed = http().refresh(first);

        String second = refreshTokenOf(refreshed);
        assertThat(second).isNotEqualTo(first);
        JsonNode body = json(refreshed.getBody());
        assertThat(body.get("token_type").asString()).isEqualTo("Bearer");
        assertThat(body.get("expires_in").asInt()).isEqualTo(900);
        String bearer = "Bearer " + body.get("access_token").asString();
        ResponseEntity<String> me = http().get("/api/accounts/me", bearer);
        assertThat(me.getStatusCode().value()).isEqualTo(200);
        assertThat(json(me.getBody()).get("accountId").asString()).isEqualTo(account.accountId());

        String third = refreshTokenOf(http().refresh(second));
        assertThat(third).isNotEqualTo(second).isNotEqualTo(first);
    }

    @Test
    void reusingARotatedTokenRevokesTheWholeFamily() {
        ProfilesHttp.Registered account = http().registerAndLogIn("Amina", "MENTEE");
        String otherLogin = logIn(account).get("refresh_token").asString();
        String first = logIn(account).get("refresh_token").asString();
        String second = refreshTokenOf(http().refresh(first));
        String third = refreshTokenOf(http().refresh(second));

        refused(http().refresh(first));

        refused(http().refresh(third));
        refused(http().refresh(second));
        // another login (another family) of the same account still works
        refreshTokenOf(http().refresh(otherLogin));
    }

    @Test
    void logoutRevokesTheFamily() {
        ProfilesHttp.Registered account = http().registerAndLogIn("Amina", "MENTEE");
        String first = logIn(account).get("refresh_token").asString();
        String second = refreshTokenOf(http().refresh(first));

        ResponseEntity<String> logout = http().logout(second);

        assertThat(logout.getStatusCode().value()).isEqualTo(204);
        refused(http().refresh(second));
        refused(http().refresh(first));
    }

    @Test
    void unknownOrMissingTokensAreRefused() {
        refused(http().refresh("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"));
        refused(http().logout("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"));
        problem(http().post("/api/auth/refresh", null, "{}"), 400);
        problem(http().post("/api/auth/logout", null, "{\"refresh_token\":\"\"}"), 400);
    }

    @Test
    void anExpiredTokenIsRefused() {
        ProfilesHttp.Registered account = http().registerAndLogIn("Amina", "MENTEE");
        String token = logIn(account).get("refresh_token").asString();
        mongo.updateFirst(Query.query(Criteria.where("_id").is(RefreshTokens.hash(token))),
                new org.springframework.data.mongodb.core.query.Update().set("expiresAt", Instant.now().minusSeconds(1)),
                RefreshTokens.COLLECTION);

        refused(http().refresh(token));
    }

    @Test
    void ofTwoConcurrentUsesOfOneTokenExactlyOneSucceeds() throws Exception {
        ProfilesHttp.Registered account = http().registerAndLogIn("Amina", "MENTEE");
        try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
            for (int round = 0; round < 5; round++) {
                String token = logIn(account).get("refresh_token").asString();
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Integer>> uses = new ArrayList<>();
                for (int i = 0; i < 2; i++) {
                    uses.add(pool.submit(() -> {
                        start.await();
                        return http().refresh(token).getStatusCode().value();
                    }));
                }
                start.countDown();
                List<Integer> statuses = new ArrayList<>();
                for (Future<Integer> use : uses) {
                    statuses.add(use.get());
                }

                assertThat(statuses).as("round " + round).containsExactlyInAnyOrder(200, 401);
            }
        }
    }
}
