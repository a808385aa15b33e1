package org.rematch.matching.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.rematch.matching.scoring.MentorCandidate;

/** Whatever a mentee's history, a request never opens a second live proposal nor asks a mentor who said no. */
class MentorRequestPolicyPropertiesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 16);
    private static final List<String> MENTORS = List.of("m1", "m2", "m3");

    @Provide
    Arbitrary<List<PastPairing>> histories() {
        Arbitrary<PastPairing> pairing = Combinators.combine(Arbitraries.integers().between(1, 9), Arbitraries.of(MENTORS),
                Arbitraries.of(PastPairing.Stage.class)).as((round, mentor, stage) -> new PastPairing("p" + round, mentor, stage));
        return pairing.list().ofMaxSize(5);
    }

    @Provide
    Arbitrary<MentorCandidate> mentors() {
        return Combinators.combine(Arbitraries.of(MENTORS), Arbitraries.integers().between(1, 3), Arbitraries.integers().between(0, 3),
                Arbitraries.of(true, false)).as((id, capacity, reserved, accepting) ->
                new MentorCandidate(id, id, "IM", "PK", 2, capacity, reserved, accepting, null, List.of("en"), Set.of()));
    }

    @Property
    void anAllowedRequestHasNoLiveProposalBesideItAndNeverGoesToAMentorWhoDeclinedOrLetItExpire(
            @ForAll("histories") List<PastPairing> history, @ForAll("mentors") MentorCandidate mentor) {
        RequestDecision decision = MentorRequestPolicy.decide(new Requester(true, Requester.SEEKING, history), Optional.of(mentor), TODAY);
        Statistics.collect(decision.getClass().getSimpleName());
        Statistics.coverage(checker -> {
            checker.check("Allowed").count(count -> count > 0);
            checker.check("AlreadyProposed").count(count -> count > 0);
        });

        if (decision instanceof RequestDecision.Allowed) {
            assertThat(history).noneMatch(PastPairing::open);
            assertThat(history).noneMatch(past -> past.refused() && past.mentorId().equals(mentor.mentorId()));
            assertThat(mentor.available(TODAY)).isTrue();
        }
        if (decision instanceof RequestDecision.AlreadyProposed already) {
            assertThat(history).anyMatch(past -> past.pairingId().equals(already.pairingId())
                    && past.stage() == PastPairing.Stage.PROPOSED && past.mentorId().equals(mentor.mentorId()));
        }
    }
}
