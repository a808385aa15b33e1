package org.rematch.directory.listing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.rematch.directory.Listings.mentor;
import static org.rematch.directory.Listings.minimal;
import static org.rematch.testsupport.Http.json;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.rematch.contracts.EventTypes;
import org.rematch.contracts.Topics;
import org.rematch.contracts.mentors.MentorListingSnapshot;
import org.rematch.contracts.mentors.MentorMarkedInactive;
import org.rematch.directory.Listings;
import org.rematch.testsupport.Http;
import org.rematch.testsupport.RematchServiceTest;
import org.rematch.testsupport.ServiceTestBase;
import org.rematch.testsupport.TestEvents;
import org.springframework.http.HttpMethod;
import tools.jackson.databind.JsonNode;

/** Matching tells the directory that a mentor stopped answering; the mentor sees why and reactivates. */
@RematchServiceTest
class MentorInactivityTest extends ServiceTestBase {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Test
    void aMentorMarkedInactiveSeesWhyStopsAcceptingEverywhereAndReactivates() {
        String mentorId = UUID.randomUUID().toString();
        http().post("/api/mentors", mentor(mentorId), minimal());
        Instant markedAt = Instant.parse("2026-03-22T09:00:30Z");

        String eventId = markInactive(mentorId, markedAt);

        JsonNode mine = await().atMost(WAIT).until(() -> json(http().get("/api/mentors/me", mentor(mentorId))),
                listing -> listing.get("version").asLong() == 2);
        assertThat(mine.get("accepting").asBoolean()).isFalse();
        assertThat(mine.get("inactive").get("since").asString()).isEqualTo("2026-03-22T09:00:30Z");
        assertThat(mine.get("inactive").get("reason").asString()).isEqualTo("Rematch stopped proposing mentees to you on"
                + " 22 March 2026 because 2 proposals in a row expired without an answer (mentors have 72 hours to answer)."
                + " Set yourself as accepting again when you are ready to take mentees.");
        JsonNode seenByOthers = json(http().get("/api/mentors/" + mentorId, mentor(UUID.randomUUID().toString())));
        assertThat(seenByOthers.get("accepting").asBoolean()).isFalse();
        assertThat(seenByOthers.has("inactive")).as("why is between the mentor and Rematch").isFalse();
        assertThat(snapshot(mentorId, 2).accepting()).isFalse();

        JsonNode reactivated = json(Listings.withIfMatch(port, HttpMethod.PUT, "/api/mentors/me/availability", mentor(mentorId), null,
                "{\"accepting\":true}"));
        assertThat(reactivated.get("accepting").asBoolean()).isTrue();
        assertThat(reactivated.get("inactive").isNull()).isTrue();
        assertThat(reactivated.get("version").asLong()).isEqualTo(3);
        assertThat(snapshot(mentorId, 3).accepting()).isTrue();

        // the same event again is skipped: the next marking in line (after 3 expiries) is the one that counts
        events().publish(Topics.MENTOR_ACTIVITY, mentorId, EventTypes.typeOf(MentorMarkedInactive.class), eventJson(mentorId, 2, markedAt), eventId);
        String next = markInactive(mentorId, 3, markedAt.plusSeconds(3600));
        await().atMost(WAIT).until(() -> handled("directory.inactivity", next));
        JsonNode markedAgain = json(http().get("/api/mentors/me", mentor(mentorId)));
        assertThat(markedAgain.get("version").asLong()).isEqualTo(4);
        assertThat(markedAgain.get("inactive").get("reason").asString()).contains("because 3 proposals in a row expired");

        // a mentor who closed the listing chose already: a marking changes nothing
        Listings.withIfMatch(port, HttpMethod.PUT, "/api/mentors/me/availability", mentor(mentorId), null, "{\"accepting\":false}");
        String whenClosed = markInactive(mentorId, 2, Instant.now());
        await().atMost(WAIT).until(() -> handled("directory.inactivity", whenClosed));
        JsonNode closed = json(http().get("/api/mentors/me", mentor(mentorId)));
        assertThat(closed.get("version").asLong()).isEqualTo(5);
        assertThat(closed.get("inactive").isNull()).isTrue();
    }

    @Test
    void aMarkingForAMentorWithoutAListingIsHandledAndChangesNothing() {
        String mentorId = UUID.randomUUID().toString();

        String eventId = markInactive(mentorId, Instant.now());

        await().atMost(WAIT).until(() -> handled("directory.inactivity", eventId));
        assertThat(http().get("/api/mentors/me", mentor(mentorId)).getStatusCode().value()).isEqualTo(404);
    }

    private String markInactive(String mentorId, Instant markedAt) {
        return markInactive(mentorId, 2, markedAt);
    }

    private String markInactive(String mentorId, int unanswered, Instant markedAt) {
        return events().publish(Topics.MENTOR_ACTIVITY, mentorId, MentorMarkedInactive.class, eventJson(mentorId, unanswered, markedAt));
    }

    private static String eventJson(String mentorId, int unanswered, Instant markedAt) {
        return Http.JSON.writeValueAsString(new MentorMarkedInactive(mentorId, unanswered, Duration.ofHours(72), markedAt));
    }

    private MentorListingSnapshot snapshot(String mentorId, long version) {
        TestEvents events = events();
        List<ConsumerRecord<String, String>> found = await().atMost(WAIT).until(() -> events.read(Topics.MENTORS,
                record -> mentorId.equals(record.key()) && record.value() != null
                        && Http.JSON.readTree(record.value()).get("version").asLong() == version, Duration.ofSeconds(3)), records -> !records.isEmpty());
        return Http.JSON.readValue(found.getFirst().value(), MentorListingSnapshot.class);
    }
}
