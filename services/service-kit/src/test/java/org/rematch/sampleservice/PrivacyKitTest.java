package org.rematch.sampleservice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.rematch.contracts.EventTypes;
import org.rematch.contracts.Topics;
import org.rematch.contracts.accounts.AccountSnapshot;
import org.rematch.contracts.mentors.MentorListingSnapshot;
import org.rematch.kit.outbox.EventOutbox;
import org.rematch.kit.privacy.TombstoneOutbox;
import org.rematch.sampleservice.KitTestApplication.NotesPrivacy;
import org.rematch.testsupport.Http;
import org.rematch.testsupport.RematchServiceTest;
import org.rematch.testsupport.TestEvents;
import org.rematch.testsupport.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.ResponseEntity;

@RematchServiceTest
class PrivacyKitTest {

    @Autowired
    NotesPrivacy privacy;
    @Autowired
    TombstoneOutbox tombstones;
    @Autowired
    EventOutbox outbox;
    @Autowired
    MongoTemplate mongo;
    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;
    @LocalServerPort
    int port;

    @Test
    void anAccountTombstoneReachesTheServicesErasureOnceEvenWhenRedelivered() {
        String accountId = UUID.randomUUID().toString();
        String survivor = UUID.randomUUID().toString();
        TestEvents events = new TestEvents(bootstrapServers);
        events.publish(Topics.ACCOUNTS, survivor, AccountSnapshot.class,
                "{\"accountId\":\"" + survivor + "\",\"version\":1,\"email\":\"a@b.org\",\"displayName\":\"A\",\"roles\":[\"MENTEE\"]}");
        String eventId = UUID.randomUUID().toString();
        events.publish(Topics.ACCOUNTS, accountId, EventTypes.typeOf(AccountSnapshot.class), null, eventId);
        events.publish(Topics.ACCOUNTS, accountId, EventTypes.typeOf(AccountSnapshot.class), null, eventId);
        String marker = UUID.randomUUID().toString();
        events.tombstone(Topics.ACCOUNTS, marker, AccountSnapshot.class);

        await().atMost(Duration.ofSeconds(20)).until(() -> privacy.erased.contains(marker));
        assertThat(privacy.erased).containsOnlyOnce(accountId).doesNotContain(survivor);
    }

    @Test
    void announcedTombstonesArePublishedAndThenNothingOfTheAccountRemains() {
        String accountId = UUID.randomUUID().toString();
        tombstones.announce(accountId, List.of(outbox.tombstone(Topics.MENTORS, accountId, MentorListingSnapshot.class)));

        List<ConsumerRecord<String, String>> published = new TestEvents(bootstrapServers)
                .read(Topics.MENTORS, record -> accountId.equals(record.key()), Duration.ofSeconds(20));

        assertThat(published).singleElement().satisfies(record -> assertThat(record.value()).isNull());
        await().atMost(Duration.ofSeconds(10)).until(() ->
                !mongo.exists(Query.query(Criteria.where("_id").is(accountId)), TombstoneOutbox.COLLECTION));
    }

    @Test
    void personalDataIsTheCallersOwnAndNeedsAToken() {
        String accountId = UUID.randomUUID().toString();
        Http http = new Http(port);

        ResponseEntity<String> mine = http.get("/api/personal-data", TestTokens.bearer(accountId, "MENTEE"));

        assertThat(mine.getStatusCode().value()).isEqualTo(200);
        assertThat(Http.json(mine).path("service").asString()).isEqualTo("kit-test");
        assertThat(Http.json(mine).path("accountId").asString()).isEqualTo(accountId);
        assertThat(Http.json(mine).path("data").path("notesAbout").asString()).isEqualTo(accountId);
        assertThat(http.get("/api/personal-data", null).getStatusCode().value()).isEqualTo(401);
    }
}
