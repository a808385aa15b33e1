package org.rematch.profiles.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rematch.profiles.ProfilesHttp.PASSWORD;
import static org.rematch.profiles.ProfilesHttp.problem;
import static org.rematch.profiles.ProfilesHttp.uniqueEmail;

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
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.JsonNode;

@RematchServiceTest
class LoginThrottlingTest extends ProfilesServiceTest {

    private static final String WRONG = "wrong-password-123";

    private ProfilesHttp from(String address) {
        return new ProfilesHttp(port, address);
    }

    private static void failsWith401(ResponseEntity<String> response) {
        problem(response, 401);
    }

    private static long locked(ResponseEntity<String> response) {
        JsonNode problem = problem(response, 429);
        assertThat(problem.get("title").asString()).isEqualTo("Too many login attempts");
        String retryAfter = response.getHeaders().getFirst(HttpHeaders.RETRY_AFTER);
        assertThat(retryAfter).as("Retry-After").isNotNull().containsOnlyDigits();
        return Long.parseLong(retryAfter);
    }

    private String register() {
        String email = uniqueEmail();
        assertThat(http().register(email, PASSWORD, "Someone", "MENTEE").getStatusCode().value()).isEqualTo(201);
        return email;
    }

    @Test
    void afterFiveWrongPasswordsEvenTheRightOneIsRefusedWithRetryAfter() {
        String email = register();
        ProfilesHttp client = http();
        for (int i = 0; i < 5; i++) {
            failsWith401(client.token(email, WRONG));
        }

        assertThat(locked(client.token(email, PASSWORD))).isBetween(1L, 900L).isGreaterThan(800L);
        // the account is locked, whichever address asks
        locked(http().token(email, PASSWORD));
        locked(http().token(email.toUpperCase(), WRONG));
    }

    @Test
    void anotherAccountIsUnaffected() {
        String locked = register();
        String other = register();
        ProfilesHttp client = http();
        for (int i = 0; i < 5; i++) {
            failsWith401(client.token(locked, WRONG));
        }
        locked(client.token(locked, PASSWORD));

        assertThat(client.token(other, PASSWORD).getStatusCode().value()).isEqualTo(200);
    }

    @Test
    void aSuccessBeforeTheLimitResetsTheCount() {
        String email = register();
        ProfilesHttp client = http();
        for (int i = 0; i < 4; i++) {
            failsWith401(client.token(email, WRONG));
        }
        assertThat(client.token(email, PASSWORD).getStatusCode().value()).isEqualTo(200);

        for (int i = 0; i < 4; i++) {
            failsWith401(client.token(email, WRONG));
        }
        assertThat(client.token(email, PASSWORD).getStatusCode().value()).isEqualTo(200);
    }

    @Test
    void anUnknownEmailIsCountedAndLockedLikeAKnownOne() {
        String unknown = uniqueEmail();
        String known = register();
        ProfilesHttp client = http();
        for (int i = 0; i < 5; i++) {
            ResponseEntity<String> unknownAnswer = client.token(unknown, WRONG);
            ResponseEntity<String> knownAnswer = client.token(known, WRONG);
            assertThat(problem(unknownAnswer, 401)).isEqualTo(problem(knownAnswer, 401));
        }

        ResponseEntity<String> unknownLocked = client.token(unknown, PASSWORD);
        ResponseEntity<String> knownLocked = client.token(known, PASSWORD);
        locked(unknownLocked);
        locked(knownLocked);
        assertThat(problem(unknownLocked, 429).get("title")).isEqualTo(problem(knownLocked, 429).get("title"));
    }

    @Test
    void aBurstOfFailuresFromOneAddressLocksThatAddressOnly() {
        String email = register();
        String burstAddress = ProfilesHttp.randomAddress();
        ProfilesHttp burst = from(burstAddress);
        for (int i = 0; i < 20; i++) {
            failsWith401(burst.token(uniqueEmail(), WRONG));
        }

        assertThat(locked(burst.token(email, PASSWORD))).isBetween(1L, 60L);
        assertThat(from(ProfilesHttp.randomAddress()).token(email, PASSWORD).getStatusCode().value()).isEqualTo(200);
        // the account was never failed, so the refusal was the address's
        locked(from(burstAddress).token(email, PASSWORD));
    }

    @Test
    void wrongPasswordsSentAtTheSameInstantAreNotCheckedMoreThanFiveTimes() throws Exception {
        String email = register();
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> attempts = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(20)) {
            for (int i = 0; i < 20; i++) {
                ProfilesHttp client = http();
                attempts.add(pool.submit(() -> {
                    start.await();
                    return client.token(email, WRONG).getStatusCode().value();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> attempt : attempts) {
                statuses.add(attempt.get());
            }

            assertThat(statuses).containsOnly(401, 429);
            assertThat(statuses.stream().filter(status -> status == 401).count()).isBetween(1L, 5L);
        }
        locked(http().token(email, PASSWORD));
    }

    @Test
    void successfulLoginsFromOneAddressDoNotLockIt() {
        String email = register();
        ProfilesHttp client = http();
        for (int i = 0; i < 25; i++) {
            assertThat(client.token(email, PASSWORD).getStatusCode().value()).isEqualTo(200);
        }
    }

    @Test
    void theCountersDoNotStoreEmailsOrAddresses() {
        String email = uniqueEmail();
        failsWith401(http().token(email, WRONG));

        assertThat(mongo.findAll(Document.class, LoginAttempts.COLLECTION))
                .isNotEmpty()
                .allSatisfy(document -> assertThat(document.toJson()).doesNotContain(email).doesNotContain("2001:db8"));
    }
}
