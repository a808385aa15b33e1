package org.rematch.directory.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.rematch.testsupport.Http.problem;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.rematch.contracts.Topics;
import org.rematch.contracts.accounts.AccountSnapshot;
import org.rematch.directory.Listings;
import org.rematch.testsupport.StoredDocuments;
import org.rematch.testsupport.RematchServiceTest;
import org.rematch.testsupport.ServiceTestBase;
import org.rematch.testsupport.TestTokens;

/** An account tombstone on profiles.accounts erases the person's listing and tells directory.mentors readers. */
@RematchServiceTest
class ListingErasureTest extends ServiceTestBase {

    private static final String LISTING = Listings.full(Listings.todayUtc().plusDays(30));

    @Test
    void anErasedMentorsListingIsTombstonedAndNoDocumentHoldsTheirIdAnyMore() {
        String mentorId = UUID.randomUUID().toString();
        String bystander = UUID.randomUUID().toString();
        assertThat(http().post("/api/mentors", TestTokens.bearer(mentorId, "MENTOR"), LISTING).getStatusCode().value()).isEqualTo(201);
        assertThat(http().post("/api/mentors", TestTokens.bearer(bystander, "MENTOR"), LISTING).getStatusCode().value()).isEqualTo(201);

        events().tombstone(Topics.ACCOUNTS, mentorId, AccountSnapshot.class);

        await().atMost(Duration.ofSeconds(30)).until(() -> !tombstonesOn(Topics.MENTORS, mentorId, Duration.ofSeconds(2)).isEmpty());
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(StoredDocuments.mentioning(mongo, mentorId)).isEmpty());
        problem(http().get("/api/mentors/" + mentorId, TestTokens.bearer(bystander, "MENTOR")), 404);
        assertThat(http().get("/api/mentors/" + bystander, TestTokens.bearer(mentorId, "MENTEE")).getStatusCode().value()).isEqualTo(200);
    }

    @Test
    void aSecondTombstoneForTheSameAccountAnnouncesNothingMore() {
        String mentorId = UUID.randomUUID().toString();
        http().post("/api/mentors", TestTokens.bearer(mentorId, "MENTOR"), LISTING);

        String first = events().tombstone(Topics.ACCOUNTS, mentorId, AccountSnapshot.class);
        String second = events().tombstone(Topics.ACCOUNTS, mentorId, AccountSnapshot.class);

        await().atMost(Duration.ofSeconds(30)).until(() -> handled(first) && handled(second));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(StoredDocuments.mentioning(mongo, mentorId)).isEmpty());
        assertThat(tombstonesOn(Topics.MENTORS, mentorId, Duration.ofSeconds(5))).hasSize(1);
    }

    @Test
    void anAccountWithoutAListingIsErasedWithoutATombstone() {
        String menteeId = UUID.randomUUID().toString();

        String eventId = events().tombstone(Topics.ACCOUNTS, menteeId, AccountSnapshot.class);

        await().atMost(Duration.ofSeconds(30)).until(() -> handled(eventId));
        assertThat(tombstonesOn(Topics.MENTORS, menteeId, Duration.ofSeconds(3))).isEmpty();
        assertThat(StoredDocuments.mentioning(mongo, menteeId)).isEmpty();
    }

    private boolean handled(String eventId) {
        return handled("mentor-directory.account-erasure", eventId);
    }

    private List<ConsumerRecord<String, String>> tombstonesOn(String topic, String key, Duration timeout) {
        return events().read(topic, record -> key.equals(record.key()) && record.value() == null, timeout);
    }
}
