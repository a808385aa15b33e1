package org.rematch.matching.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rematch.matching.policy.PastPairing.Stage;
import org.rematch.matching.scoring.MentorCandidate;

class MentorRequestPolicyTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 16);
    private static final MentorCandidate OPEN = mentor(3, 1, true, null);
    private static final Requester SEEKING = new Requester(true, "SEEKING", List.of());

    @Test
    void aSeekingMenteeMayAskAnAcceptingMentorWithAFreeSlotWhateverTheirPath() {
        assertThat(decide(SEEKING, OPEN)).isEqualTo(new RequestDecision.Allowed());
        assertThat(decide(new Requester(true, null, List.of()), OPEN)).as("no status sent counts as seeking")
                .isEqualTo(new RequestDecision.Allowed());
    }

    @Test
    void anUnknownMentorIsRefusedFirst() {
        assertThat(MentorRequestPolicy.decide(Requester.unregistered(), Optional.empty(), TODAY)).satisfies(refusedFor(RequestRefusal.MENTOR_UNKNOWN));
    }

    @Test
    void aMenteeMatchingHasNoProfileOfIsRefused() {
        assertThat(decide(Requester.unregistered(), OPEN)).satisfies(refusedFor(RequestRefusal.NO_PROFILE));
    }

    @Test
    void aMenteeWithAnOpenPairingIsRefusedUnlessItIsAProposalToThisVeryMentor() {
        Requester proposedToAnother = new Requester(true, "SEEKING", List.of(new PastPairing("p1", "other", Stage.PROPOSED)));
        Requester mentored = new Requester(true, "PAIRED", List.of(new PastPairing("p1", "other", Stage.ACCEPTED)));
        Requester acceptedByThisOne = new Requester(true, "PAIRED", List.of(new PastPairing("p1", "m1", Stage.ACCEPTED)));
        Requester proposedToThisOne = new Requester(true, "SEEKING", List.of(
                new PastPairing("p1", "other", Stage.DECLINED), new PastPairing("p2", "m1", Stage.PROPOSED)));

        assertThat(decide(proposedToAnother, OPEN)).satisfies(refusedFor(RequestRefusal.ALREADY_PAIRED));
        assertThat(decide(mentored, OPEN)).satisfies(refusedFor(RequestRefusal.ALREADY_PAIRED));
        assertThat(decide(acceptedByThisOne, OPEN)).satisfies(refusedFor(RequestRefusal.ALREADY_PAIRED));
        assertThat(decide(proposedToThisOne, OPEN)).isEqualTo(new RequestDecision.AlreadyProposed("p2"));
        assertThat(decide(proposedToThisOne, mentor(3, 3, false, null))).as("a retry is answered even when the mentor filled up")
                .isEqualTo(new RequestDecision.AlreadyProposed("p2"));
    }

    @Test
    void aMenteeWhoPausedWithdrewOrMatchedIsNotSeeking() {
        for (String status : List.of("PAUSED", "WITHDRAWN", "MATCHED")) {
            RequestDecision decision = decide(new Requester(true, status, List.of()), OPEN);
            assertThat(decision).satisfies(refusedFor(RequestRefusal.NOT_SEEKING));
            assertThat(((RequestDecision.Refused) decision).detail()).contains(status);
        }
    }

    @Test
    void aMentorTheMenteeFlaggedAConflictOfInterestWithIsRefusedSayingSoAndOthersAreNot() {
        Requester flaggedM1 = new Requester(true, "SEEKING", List.of(), Set.of("m1"));

        assertThat(decide(flaggedM1, OPEN)).satisfies(refusedFor(RequestRefusal.CONFLICT_FLAGGED));
        assertThat(((RequestDecision.Refused) decide(flaggedM1, OPEN)).detail()).contains("conflict of interest");
        assertThat(MentorRequestPolicy.decide(flaggedM1, Optional.of(new MentorCandidate("m2", "Dr. Two", "IM", "PK", 1, 3, 0, true)), TODAY))
                .isEqualTo(new RequestDecision.Allowed());
    }

    @Test
    void aMentorWhoDeclinedTheMenteeBeforeIsNotProposedAgainAndLooksFullButOthersAreProposed() {
        Requester declinedByM1 = new Requester(true, "SEEKING", List.of(new PastPairing("p1", "m1", Stage.DECLINED)));

        RequestDecision refused = decide(declinedByM1, OPEN);
        assertThat(refused).satisfies(refusedFor(RequestRefusal.MENTOR_AT_CAPACITY));
        assertThat(refused).as("the same answer as a full mentor").isEqualTo(MentorRequestPolicy.atCapacity(OPEN));
        assertThat(MentorRequestPolicy.decide(declinedByM1, Optional.of(new MentorCandidate("m2", "Dr. Two", "IM", "PK", 1, 3, 0, true)), TODAY))
                .isEqualTo(new RequestDecision.Allowed());
    }

    @Test
    void aClosedMentorIsNotAcceptingAndAPausedOneIsPausedUntilTheirDay() {
        RequestDecision closed = decide(SEEKING, mentor(3, 0, false, null));
        RequestDecision paused = decide(SEEKING, mentor(3, 0, false, TODAY.plusDays(1)));

        assertThat(closed).satisfies(refusedFor(RequestRefusal.MENTOR_NOT_ACCEPTING));
        assertThat(((RequestDecision.Refused) closed).detail()).isEqualTo("Dr. One is not taking new mentees at the moment");
        assertThat(paused).satisfies(refusedFor(RequestRefusal.MENTOR_PAUSED));
        assertThat(((RequestDecision.Refused) paused).detail()).contains("2026-03-17");
        assertThat(decide(SEEKING, mentor(3, 0, false, TODAY))).as("the pause ends today").isEqualTo(new RequestDecision.Allowed());
    }

    @Test
    void aMentorWithEverySlotTakenIsAtCapacity() {
        assertThat(decide(SEEKING, mentor(2, 2, true, null))).satisfies(refusedFor(RequestRefusal.MENTOR_AT_CAPACITY));
        assertThat(decide(SEEKING, mentor(2, 1, true, null))).isEqualTo(new RequestDecision.Allowed());
    }

    @Test
    void theFirstRuleThatFailsRefuses() {
        Requester pausedAndDeclined = new Requester(true, "PAUSED", List.of(new PastPairing("p1", "m1", Stage.DECLINED)));
        Requester declined = new Requester(true, "SEEKING", List.of(new PastPairing("p1", "m1", Stage.DECLINED)));

        assertThat(decide(pausedAndDeclined, mentor(1, 1, false, null))).satisfies(refusedFor(RequestRefusal.NOT_SEEKING));
        assertThat(decide(declined, mentor(1, 1, false, null))).satisfies(refusedFor(RequestRefusal.MENTOR_NOT_ACCEPTING));
        assertThat(decide(SEEKING, mentor(1, 1, false, TODAY.plusDays(3)))).satisfies(refusedFor(RequestRefusal.MENTOR_PAUSED));
    }

    @Test
    void everyRefusalSaysWhyInPlainWords() {
        List<RequestDecision> refusals = List.of(
                MentorRequestPolicy.decide(SEEKING, Optional.empty(), TODAY),
                decide(Requester.unregistered(), OPEN),
                decide(new Requester(true, "SEEKING", List.of(), Set.of(OPEN.mentorId())), OPEN),
                decide(new Requester(true, "SEEKING", List.of(new PastPairing("p", "x", Stage.PROPOSED))), OPEN),
                decide(new Requester(true, "WITHDRAWN", List.of()), OPEN),
                decide(SEEKING, mentor(1, 0, false, null)),
                decide(SEEKING, mentor(1, 0, false, TODAY.plusDays(1))),
                decide(SEEKING, mentor(1, 1, true, null)));
        assertThat(refusals).allSatisfy(decision -> assertThat(((RequestDecision.Refused) decision).detail()).isNotBlank());
        assertThat(refusals.stream().map(decision -> ((RequestDecision.Refused) decision).reason()).toList())
                .containsExactlyInAnyOrder(RequestRefusal.values());
    }

    private static RequestDecision decide(Requester mentee, MentorCandidate mentor) {
        return MentorRequestPolicy.decide(mentee, Optional.of(mentor), TODAY);
    }

    private static java.util.function.Consumer<RequestDecision> refusedFor(RequestRefusal reason) {
        return decision -> assertThat(decision).isInstanceOfSatisfying(RequestDecision.Refused.class,
                refused -> assertThat(refused.reason()).isEqualTo(reason));
    }

    private static MentorCandidate mentor(int capacity, int reserved, boolean accepting, LocalDate pausedUntil) {
        return new MentorCandidate("m1", "Dr. One", "PREVMED", "ZZ", 0, capacity, reserved, accepting, pausedUntil, List.of(), Set.of());
    }
}
