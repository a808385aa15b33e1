package org.rematch.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rematch.contracts.mentees.MenteeSnapshot;
import org.rematch.contracts.mentors.MentorListingSnapshot;
import org.rematch.contracts.path.Specialty;
import org.rematch.matching.pairing.Pairing;
import org.rematch.matching.proposal.SurgeBatches;
import org.rematch.matching.proposal.SurgeMode;
import org.rematch.matching.readmodel.MenteeReadModel;
import org.rematch.matching.readmodel.MenteeView;
import org.rematch.matching.readmodel.MentorReadModel;
import org.rematch.testsupport.RematchServiceTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Match Monday: mentees who arrive during a surge are queued and matched together, so the batch shares the mentors
 * out by total score instead of first-come. The batch is the service's own, run directly rather than on its schedule;
 * the surge threshold is the service's, except where a test builds a SurgeMode with a threshold of its own.
 */
@RematchServiceTest
class SurgeTest extends MatchingServiceTest {

    @Autowired
    MenteeReadModel mentees;
    @Autowired
    MentorReadModel mentors;
    @Autowired
    SurgeBatches batches;
    @Autowired
    SurgeMode surgeMode;
    @Autowired
    Clock clock;

    @Test
    void aBatchServesBothMenteesWhereFirstComeWouldLeaveOneWaiting() {
        harness.onSpecialties(Specialty.NSURG);
        harness.onSpecialties(Specialty.PLASTICS, Specialty.PLASTICS);
        String shared = MatchingHarness.id();
        String aminasCountryOnly = MatchingHarness.id();
        mentor(shared, Specialty.PLASTICS.name(), harness.country + "X");
        mentor(aminasCountryOnly, Specialty.NSURG.name(), harness.country + "A");
        // Amina (first): shared 0.75, the other 0.5; Bilal: only the shared mentor is on his path
        String amina = registeredMentee(harness.country + "A");
        String bilal = registeredMentee(harness.country + "B");
        // queued in one write, so the service's own scheduled batch cannot take one of them without the other
        mongo.updateMulti(Query.query(Criteria.where("_id").in(amina, bilal)),
                new Update().set("matchingState", MenteeView.QUEUED).set("queuedAt", clock.instant()), MenteeReadModel.COLLECTION);

        batches.matchQueued();

        assertThat(harness.document(Pairing.COLLECTION, Pairing.idFor(amina, 1)).getString("mentorId")).isEqualTo(aminasCountryOnly);
        assertThat(harness.document(Pairing.COLLECTION, Pairing.idFor(bilal, 1)).getString("mentorId")).isEqualTo(shared);
        assertThat(mentees.find(amina).orElseThrow().matchingState()).as("no longer queued").isNull();
        batches.matchQueued();
        assertThat(harness.pairingsOf(amina)).as("a second batch changes nothing").hasSize(1);
    }

    @Test
    void aMenteeArrivingInASurgeIsQueuedAndOutsideOneIsNot() {
        String menteeId = MatchingHarness.id();
        mentees.apply(harness.menteeSnapshot(menteeId, 2));

        assertThat(new SurgeMode(mentees, clock, Long.MAX_VALUE, Duration.ofMinutes(1)).queueIfSurging(menteeId)).isFalse();
        assertThat(mentees.find(menteeId).orElseThrow().matchingState()).isNull();
        assertThat(new SurgeMode(mentees, clock, 0, Duration.ofMinutes(1)).queueIfSurging(menteeId)).isTrue();
        assertThat(mentees.find(menteeId).orElseThrow().matchingState()).isEqualTo(MenteeView.QUEUED);
        assertThat(surgeMode.queueIfSurging(MatchingHarness.id())).as("the service's threshold is far above a test run").isFalse();
    }

    private void mentor(String mentorId, String specialty, String country) {
        mentors.apply(MatchingHarness.JSON.readValue(MatchingHarness.mentorJson(mentorId, 1, specialty, country, 2, 1, true),
                MentorListingSnapshot.class));
    }

    /** A registered mentee targeting this test's specialty (PLASTICS). */
    private String registeredMentee(String country) {
        String menteeId = MatchingHarness.id();
        mentees.apply(MatchingHarness.JSON.readValue(MatchingHarness.menteeJson(menteeId, 1, "REGISTERED", List.of(Specialty.PLASTICS.name()),
                country, 2, "NONE", List.of()), MenteeSnapshot.class));
        return menteeId;
    }
}
