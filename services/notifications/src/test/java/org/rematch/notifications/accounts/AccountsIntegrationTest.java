package org.rematch.notifications.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.rematch.contracts.Topics;
import org.rematch.contracts.accounts.AccountSnapshot;
import org.rematch.contracts.accounts.Role;
import org.rematch.testsupport.Http;
import org.rematch.testsupport.RematchServiceTest;
import org.rematch.testsupport.ServiceTestBase;
import org.rematch.testsupport.StoredDocuments;
import org.rematch.testsupport.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The accounts read model from profiles.accounts: contact details in the export, gone with the erasure. */
@RematchServiceTest
class AccountsIntegrationTest extends ServiceTestBase {

    static final Duration WAIT = Duration.ofSeconds(30);
    static final JsonMapper JSON = JsonMapper.builder().build();

    final String accountId = UUID.randomUUID().toString();

    @Autowired
    Accounts accounts;

    @Test
    void theNewestSnapshotGivesTheContactDetailsThePersonSeesInTheirExport() {
        publish(new AccountSnapshot(accountId, 1, "amina@example.org", "Amina", Set.of(Role.MENTEE)));
        publish(new AccountSnapshot(accountId, 2, "amina.khan@example.org", "Amina Khan", Set.of(Role.MENTEE, Role.ADMIN)));

        await().atMost(WAIT).until(() -> accounts.find(accountId).map(Account::version).orElse(0L) == 2);
        JsonNode export = export(accountId);
        assertThat(export.path("contactDetails").path("email").asString()).isEqualTo("amina.khan@example.org");
        assertThat(export.path("contactDetails").path("displayName").asString()).isEqualTo("Amina Khan");
        assertThat(export.path("pagedAsAdmin").asBoolean()).isTrue();
        assertThat(export(UUID.randomUUID().toString()).path("contactDetails").isNull()).isTrue();
    }

    @Test
    void anErasedAccountLeavesTheReadModelAndASnapshotArrivingLaterDoesNotBringItBack() {
        AccountSnapshot snapshot = new AccountSnapshot(accountId, 1, accountId + "@example.org", "Omar", Set.of(Role.MENTOR));
        publish(snapshot);
        await().atMost(WAIT).until(() -> accounts.find(accountId).isPresent());

        String tombstone = events().tombstone(Topics.ACCOUNTS, accountId, AccountSnapshot.class);
        await().atMost(WAIT).until(() -> handled("notifications.account-erasure", tombstone));
        assertThat(StoredDocuments.mentioning(mongo, accountId)).isEmpty();

        // as if the snapshot were redelivered to the read model's own consumer group after the erasure
        accounts.apply(snapshot);

        assertThat(accounts.find(accountId)).isEmpty();
        assertThat(StoredDocuments.mentioning(mongo, accountId)).isEmpty();
    }

    void publish(AccountSnapshot snapshot) {
        events().publish(Topics.ACCOUNTS, snapshot.accountId(), AccountSnapshot.class, JSON.writeValueAsString(snapshot));
    }

    JsonNode export(String accountId) {
        ResponseEntity<String> response = http().get("/api/personal-data", TestTokens.bearer(accountId, "MENTEE"));
        assertThat(response.getStatusCode().value()).isEqualTo(200);
        return Http.json(response).path("data");
    }
}
