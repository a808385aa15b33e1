package org.rematch.matching.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class MentorScorerPropertiesTest {

    private final MentorScorer scorer = new MentorScorer();

    @Property
    void everyScoreIsBetweenZeroAndOne(@ForAll("mentees") MenteePath mentee, @ForAll("mentors") MentorCandidate mentor) {
        ScoredMentor scored = scorer.score(mentee, mentor);

        assertThat(scored.score()).isBetween(0.0, 1.0);
        assertThat(scored.reasonTexts()).allSatisfy(reason -> assertThat(reason).isNotBlank());
    }

    @Property
    void theFullDisclosureIsTheScoreAndAMentorSeesNoMoreNorAnythingRestingOnAnUnsharedField(@ForAll("mentees") MenteePath mentee,
            @ForAll("mentors") MentorCandidate mentor, @ForAll Set<PathField> shared) {
        ScoredMentor scored = scorer.score(mentee, mentor);
        Disclosure toMentor = Disclosure.toMentor(shared);

        assertThat(Disclosure.full().score(scored.reasons())).isEqualTo(scored.score());
        assertThat(Disclosure.full().reasonTexts(scored.reasons())).isEqualTo(scored.reasonTexts());
        assertThat(toMentor.score(scored.reasons())).isBetween(0.0, scored.score());
        assertThat(toMentor.reasons(scored.reasons())).allSatisfy(reason ->
                assertThat(!reason.field().sensitive() || shared.contains(reason.field())).isTrue());
        assertThat(toMentor.reasonTexts(scored.reasons())).isSubsetOf(scored.reasonTexts());
        // what the mentor sees is the same whatever the mentee's hidden attempts are
        if (!shared.contains(PathField.MATCH_ATTEMPTS)) {
            ScoredMentor otherAttempts = scorer.score(new MenteePath(mentee.menteeId(), mentee.targetSpecialty(),
                    mentee.medicalSchoolCountry(), mentee.matchAttempts() + 7), mentor);
            assertThat(toMentor.score(otherAttempts.reasons())).isEqualTo(toMentor.score(scored.reasons()));
            assertThat(toMentor.reasonTexts(otherAttempts.reasons())).isEqualTo(toMentor.reasonTexts(scored.reasons()));
        }
    }

    @Property
    void excludedOrUnavailableMentorsAreNeverChosen(@ForAll("mentees") MenteePath mentee,
            @ForAll("mentorLists") List<MentorCandidate> mentors, @ForAll Random random) {
        Set<String> excluded = Set.copyOf(mentors.stream().map(MentorCandidate::mentorId).filter(id -> random.nextBoolean()).toList());

        List<ScoredMentor> ranked = scorer.rank(mentee, mentors, excluded);

        assertThat(ranked).allSatisfy(scored -> {
            assertThat(excluded).doesNotContain(scored.mentorId());
            assertThat(scored.mentor().accepting()).isTrue();
            assertThat(scored.mentor().capacityLeft()).isPositive();
            assertThat(scored.onTheSamePath(mentee)).isTrue();
        });
    }

    @Property
    void theRankingIsOrderedAndDoesNotDependOnInputOrder(@ForAll("mentees") MenteePath mentee,
            @ForAll("mentorLists") List<MentorCandidate> mentors, @ForAll Random random) {
        List<MentorCandidate> shuffled = new ArrayList<>(mentors);
        Collections.shuffle(shuffled, random);

        List<ScoredMentor> ranked = scorer.rank(mentee, mentors, Set.of());

        assertThat(scorer.rank(mentee, shuffled, Set.of())).isEqualTo(ranked);
        IntStream.range(1, ranked.size()).forEach(i ->
                assertThat(MentorScorer.BEST_FIRST.compare(ranked.get(i - 1), ranked.get(i))).isNegative());
    }

    @Provide
    Arbitrary<MenteePath> mentees() {
        return Combinators.combine(specialties(), countries(), Arbitraries.integers().between(0, 6))
                .as((specialty, country, attempts) -> new MenteePath("mentee", specialty, country, attempts));
    }

    @Provide
    Arbitrary<MentorCandidate> mentors() {
        return Combinators.combine(Arbitraries.strings().alpha().ofLength(6), specialties(), countries(),
                        Arbitraries.integers().between(0, 8), Arbitraries.integers().between(0, 5),
                        Arbitraries.integers().between(0, 5), Arbitraries.of(true, false))
                .as((id, specialty, country, cycles, capacity, reserved, accepting) ->
                        new MentorCandidate(id, "Dr. " + id, specialty, country, cycles, capacity, reserved, accepting));
    }

    @Provide
    Arbitrary<List<MentorCandidate>> mentorLists() {
        return mentors().list().ofMaxSize(12).uniqueElements(MentorCandidate::mentorId);
    }

    private static Arbitrary<String> specialties() {
        return Arbitraries.of("IM", "FM", "Peds", "Psych", "im").injectNull(0.05);
    }

    private static Arbitrary<String> countries() {
        return Arbitraries.of("PK", "IN", "NG", "EG", "pk").injectNull(0.05);
    }
}
