package org.rematch.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.rematch.matching.pairing.Pairing;
import org.rematch.matching.proposal.Proposer.Outcome;
import org.rematch.matching.proposal.Proposer;
import org.rematch.matching.readmodel.MenteeReadModel;
import org.rematch.matching.readmodel.MenteeView;
import org.rematch.matching.readmodel.MentorReadModel;
import org.rematch.testsupport.RematchServiceTest;
import org.springframework.beans.factory.annotation.Autowired;

/** Mentor capacity is never exceeded and no proposal is lost or doubled, under concurrency and after a crash. */
@RematchServiceTest
class CapacityAndRecoveryTest extends MatchingServiceTest {

    @Autowired
    Proposer proposer;
    @Autowired
    MenteeReadModel mentees;
    @Autowired
    MentorReadModel mentors;

    @Test
    void sixMenteesRegisteringAtOnceNeverOverfillTheBestMentor() throws Exception {
        String best = harness.mentor(2, 2);
        String next = harness.mentor(0, 10);
        List<String> menteeIds = IntStream.range(0, 6).mapToObj(i -> MatchingHarness.id()).toList();

        MatchingHarness.inParallel(menteeIds.stream().<Callable<String>>map(menteeId -> () -> harness.publishMentee(
                MatchingHarness.menteeJson(menteeId, 1, "REGISTERED", harness.menteeTargets, harness.country, 2, "NONE"))).toList());

        await().atMost(MatchingHarness.WAIT).until(() -> menteeIds.stream().allMatch(id -> harness.pairingsOf(id).size() == 1));
        List<String> chosen = menteeIds.stream().map(id -> harness.pairingsOf(id).getFirst().getString("mentorId")).toList();
        assertThat(chosen).filteredOn(best::equals).hasSize(2);
        assertThat(chosen).filteredOn(next::equals).hasSize(4);
        assertThat(harness.document("mentors", best).getInteger("reserved")).isEqualTo(2);
        assertThat(harness.document("mentors", best).getList("reservations", String.class)).hasSize(2);
        assertThat(harness.document("mentors", next).getInteger("reserved")).isEqualTo(4);
    }

    /**
     * Hundreds of registrations at once, consumed by the listener's three consumer threads, against twenty mentors of
     * capacity 1: each slot is taken exactly once, and everyone else waits (first-come, or queued for a surge batch if
     * the arrivals of this JVM's other tests push matching into surge mode; either way no slot is overrun).
     */
    @Test
    void hundredsOfRegistrationsAtOnceAgainstMentorsOfCapacityOneNeverOverrunASlot() throws Exception {
        List<String> mentorIds = IntStream.range(0, 20).mapToObj(i -> harness.mentor(i % 3, 1)).toList();
        List<String> menteeIds = IntStream.range(0, 150).mapToObj(i -> MatchingHarness.id()).toList();

        MatchingHarness.inParallel(menteeIds.stream().<Callable<String>>map(menteeId -> () -> harness.publishMentee(
                MatchingHarness.menteeJson(menteeId, 1, "REGISTERED", harness.menteeTargets, harness.country, 2, "NONE"))).toList());

        await().atMost(Duration.ofSeconds(90)).until(() -> menteeIds.stream().allMatch(this::pairedOrWaiting)
                && mentorIds.stream().allMatch(id -> harness.document("mentors", id).getInteger("reserved") == 1));
        for (String mentorId : mentorIds) {
            assertThat(harness.document("mentors", mentorId).getList("reservations", String.class)).as(mentorId).hasSize(1);
        }
        List<Document> pairings = menteeIds.stream().flatMap(id -> harness.pairingsOf(id).stream()).toList();
        assertThat(pairings).hasSize(20).extracting(pairing -> pairing.getString("mentorId")).containsExactlyInAnyOrderElementsOf(mentorIds);
        assertThat(pairings).extracting(pairing -> pairing.getString("menteeId")).doesNotHaveDuplicates();
    }

    private boolean pairedOrWaiting(String menteeId) {
        Document mentee = harness.document("mentees", menteeId);
        return mentee != null && (!harness.pairingsOf(menteeId).isEmpty()
                || MenteeView.SEEKING.equals(mentee.getString("matchingState")) || MenteeView.QUEUED.equals(mentee.getString("matchingState")));
    }

    @Test
    void concurrentProposalsForManyMenteesTakeExactlyTheFreeSlots() throws Exception {
        String mentorId = harness.mentor(2, 3);
        List<String> menteeIds = IntStream.range(0, 12).mapToObj(i -> storedMentee()).toList();

        List<Outcome> outcomes = MatchingHarness.inParallel(menteeIds.stream().<Callable<Outcome>>map(id -> () -> proposer.propose(id, 1)).toList());

        assertThat(outcomes).filteredOn(Outcome.PROPOSED::equals).hasSize(3);
        assertThat(outcomes).filteredOn(Outcome.WAITING::equals).hasSize(9);
        Document mentor = harness.document("mentors", mentorId);
        assertThat(mentor.getInteger("reserved")).isEqualTo(3);
        assertThat(mentor.getList("reservations", String.class)).doesNotHaveDuplicates().hasSize(3);
        assertThat(menteeIds.stream().filter(id -> "SEEKING".equals(harness.document("mentees", id).getString("matchingState")))).hasSize(9);
    }

    @Test
    void concurrentProposersOfTheSameRoundMakeOnePairingHoldingOneSlot() throws Exception {
        String first = harness.mentor(2, 5);
        String second = harness.mentor(2, 5);
        String menteeId = storedMentee();

        List<Outcome> outcomes = MatchingHarness.inParallel(IntStream.range(0, 8).<Callable<Outcome>>mapToObj(i -> () -> proposer.propose(menteeId, 1)).toList());

        assertThat(outcomes).filteredOn(Outcome.PROPOSED::equals).hasSize(1);
        assertThat(harness.pairingsOf(menteeId)).hasSize(1);
        assertThat(harness.document("mentors", first).getInteger("reserved") + harness.document("mentors", second).getInteger("reserved"))
                .isEqualTo(1);
        harness.awaitPublished(menteeId);
    }

    @Test
    void aSlotReservedBeforeACrashIsUsedWhenTheProposalIsRetried() {
        String best = harness.mentor(2, 5);
        String reservedBeforeCrash = harness.mentor(0, 5);
        String menteeId = storedMentee();
        String pairingId = Pairing.idFor(menteeId, 1);
        // the crashed attempt got as far as reserving a slot (say the best mentor was full at that moment)
        assertThat(mentors.reserve(reservedBeforeCrash, pairingId)).isTrue();

        assertThat(proposer.propose(menteeId, 1)).isEqualTo(Outcome.PROPOSED);
        assertThat(proposer.propose(menteeId, 1)).isEqualTo(Outcome.ALREADY_PROPOSED);

        assertThat(harness.pairingsOf(menteeId)).singleElement()
                .satisfies(pairing -> assertThat(pairing.getString("mentorId")).isEqualTo(reservedBeforeCrash));
        assertThat(harness.document("mentors", reservedBeforeCrash).getInteger("reserved")).isEqualTo(1);
        assertThat(harness.document("mentors", best).getInteger("reserved")).isZero();
        assertThat(mentors.reserve(reservedBeforeCrash, pairingId)).as("reserving again holds the same single slot").isTrue();
        assertThat(harness.document("mentors", reservedBeforeCrash).getInteger("reserved")).isEqualTo(1);
        harness.awaitPublished(menteeId);
    }

    @Test
    void releasingASlotTwiceGivesItBackOnce() {
        String mentorId = harness.mentor(2, 2);
        assertThat(mentors.reserve(mentorId, "p1")).isTrue();
        assertThat(mentors.reserve(mentorId, "p2")).isTrue();
        assertThat(mentors.reserve(mentorId, "p3")).isFalse();

        mentors.release(mentorId, "p1");
        mentors.release(mentorId, "p1");

        Document mentor = harness.document("mentors", mentorId);
        assertThat(mentor.getInteger("reserved")).isEqualTo(1);
        assertThat(mentor.getList("reservations", String.class)).containsExactly("p2");
    }

    private String storedMentee() {
        String menteeId = MatchingHarness.id();
        mentees.apply(harness.menteeSnapshot(menteeId, 2));
        return menteeId;
    }
}
