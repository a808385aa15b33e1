package org.rematch.profiles.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.rematch.profiles.ProfilesHttp.ADMIN_EMAIL;
import static org.rematch.profiles.ProfilesHttp.ADMIN_PASSWORD;
import static org.rematch.profiles.ProfilesHttp.PASSWORD;
import static org.rematch.profiles.ProfilesHttp.json;
import static org.rematch.profiles.ProfilesHttp.problem;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.rematch.contracts.Topics;
import org.rematch.contracts.accounts.AccountSnapshot;
import org.rematch.contracts.accounts.Role;
import org.rematch.profiles.ProfilesHttp;
import org.rematch.profiles.ProfilesServiceTest;
import org.rematch.profiles.account.Account;
import org.rematch.profiles.account.Accounts;
import org.rematch.profiles.core.Sha256;
import org.rematch.testsupport.StoredDocuments;
import org.rematch.testsupport.RematchServiceTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.JsonNode;

@RematchServiceTest
class ErasureTest extends ProfilesServiceTest {

    private static final String PATH = org.rematch.profiles.MenteePaths.FULL;

    @Autowired
    Accounts accounts;

    private String refreshTokenOf(ProfilesHttp.Registered account) {
        ResponseEntity<String> token = http().token(account.email(), PASSWORD);
        assertThat(token.getStatusCode().value()).isEqualTo(200);
        return json(token.getBody()).get("refresh_token").asString();
    }

    private List<ConsumerRecord<String, String>> tombstones(String topic, String key) {
        return events().read(topic, record -> key.equals(record.key()) && record.value() == null, Duration.ofSeconds(20));
    }

    private void awaitNothingLeftOf(String id) {
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(StoredDocuments.mentioning(mongo, id)).isEmpty());
    }

    private String admin() {
        return http().bearerFor(ADMIN_EMAIL, ADMIN_PASSWORD);
    }

    @Test
    void aMenteeErasesThemselvesAndNothingOfThemRemains() {
        ProfilesHttp.Registered amina = http().registerAndLogIn("Amina Khan", "MENTEE");
        String refreshToken = refreshTokenOf(amina);
        String school = "Medical College " + UUID.randomUUID(); // no other test's, to see the whole path go
        assertThat(http().post("/api/mentees", amina.bearer(), org.rematch.profiles.MenteePaths.with(PATH,
                "medicalSchoolName", "\"" + school + "\"")).getStatusCode().value()).isEqualTo(201);
        problem(http().token(amina.email(), "wrong-password-123"), 401);
        String counter = "ACCOUNT:" + Sha256.hex(amina.email());
        assertThat(mongo.findById(counter, Document.class, "login_attempts")).isNotNull();

        ResponseEntity<String> erased = http().delete("/api/accounts/me", amina.bearer());

        assertThat(erased.getStatusCode().value()).as(erased.getBody()).isEqualTo(204);
        assertThat(tombstones(Topics.ACCOUNTS, amina.accountId())).isNotEmpty();
        assertThat(tombstones(Topics.MENTEES, amina.accountId())).isNotEmpty();
        awaitNothingLeftOf(amina.accountId());
        assertThat(mongo.findById(counter, Document.class, "login_attempts")).isNull();
        assertThat(StoredDocuments.mentioning(mongo, amina.email())).isEmpty();
        assertThat(StoredDocuments.mentioning(mongo, school)).as("the whole path went with the profile").isEmpty();

        problem(http().get("/api/accounts/me", amina.bearer()), 404);
        problem(http().get("/api/mentees/me", amina.bearer()), 404);
        problem(http().post("/api/mentees", amina.bearer(), PATH), 404);
        JsonNode login = problem(http().token(amina.email(), PASSWORD), 401);
        JsonNode unknown = problem(http().token(ProfilesHttp.uniqueEmail(), PASSWORD), 401);
        assertThat(login.get("detail")).isEqualTo(unknown.get("detail"));
        problem(http().refresh(refreshToken), 401);
        problem(http().delete("/api/accounts/me", amina.bearer()), 404);
        awaitNothingLeftOf(amina.accountId());
    }

    @Test
    void anAccountWithoutAMenteeProfileGetsOnlyTheAccountTombstone() {
        ProfilesHttp.Registered mentor = http().registerAndLogIn("Dr. Mehta", "MENTOR");

        assertThat(http().delete("/api/accounts/me", mentor.bearer()).getStatusCode().value()).isEqualTo(204);

        assertThat(tombstones(Topics.ACCOUNTS, mentor.accountId())).isNotEmpty();
        assertThat(events().read(Topics.MENTEES, record -> mentor.accountId().equals(record.key()), Duration.ofSeconds(3)))
                .isEmpty();
        awaitNothingLeftOf(mentor.accountId());
    }

    @Test
    void anAdminErasesAnyAccountOthersMayNot() {
        ProfilesHttp.Registered amina = http().registerAndLogIn("Amina Khan", "MENTEE");
        ProfilesHttp.Registered other = http().registerAndLogIn("Other", "MENTEE");
        ProfilesHttp.Registered mentor = http().registerAndLogIn("Dr. Mehta", "MENTOR");

        problem(http().delete("/api/accounts/" + amina.accountId(), other.bearer()), 403);
        problem(http().delete("/api/accounts/" + amina.accountId(), mentor.bearer()), 403);
        problem(http().delete("/api/accounts/" + amina.accountId(), null), 401);
        problem(http().delete("/api/accounts/" + UUID.randomUUID(), admin()), 404);

        assertThat(http().delete("/api/accounts/" + amina.accountId(), admin()).getStatusCode().value()).isEqualTo(204);
        problem(http().get("/api/accounts/me", amina.bearer()), 404);
        problem(http().delete("/api/accounts/" + amina.accountId(), admin()), 404);
        awaitNothingLeftOf(amina.accountId());
        assertThat(http().get("/api/accounts/me", other.bearer()).getStatusCode().value()).isEqualTo(200);
    }

    @Test
    void theLastAdminCannotBeErased() {
        String admin = admin();
        String adminId = accounts.findByEmail(ADMIN_EMAIL).orElseThrow().accountId();
        // other test classes create admins of their own; erasing them leaves the configured admin as the last one
        accounts.withRole(Role.ADMIN).stream().map(Account::accountId).filter(id -> !id.equals(adminId))
                .forEach(id -> assertThat(http().delete("/api/accounts/" + id, admin).getStatusCode().value()).isEqualTo(204));

        problem(http().delete("/api/accounts/" + adminId, admin), 409);
        problem(http().delete("/api/accounts/me", admin), 409);
        assertThat(http().get("/api/accounts/me", admin).getStatusCode().value()).isEqualTo(200);
    }

    @Test
    void aTombstoneAnnouncedBeforeACrashFinishesTheErasureWhenProfilesReadsIt() {
        ProfilesHttp.Registered amina = http().registerAndLogIn("Amina Khan", "MENTEE");
        assertThat(http().post("/api/mentees", amina.bearer(), PATH).getStatusCode().value()).isEqualTo(201);

        // the erasure announced the tombstone, then the instance died before deleting anything
        events().tombstone(Topics.ACCOUNTS, amina.accountId(), AccountSnapshot.class);

        awaitNothingLeftOf(amina.accountId());
        problem(http().get("/api/accounts/me", amina.bearer()), 404);
        assertThat(tombstones(Topics.MENTEES, amina.accountId())).isNotEmpty();
    }
}
