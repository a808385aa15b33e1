package org.rematch.matching.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.rematch.contracts.mentees.VisaNeed;
import org.rematch.contracts.path.CurrentRole;
import org.rematch.contracts.path.ExamHistory;
import org.rematch.contracts.path.NextYearGoal;
import org.rematch.contracts.path.Specialty;

class MentorScorerPropertiesTest {

    private final MentorScorer scorer = new MentorScorer();

    @Property
    void thePointsAloneAreTheScoreWithoutItsReasons(@ForAll("mentees") MenteePath mentee, @ForAll("mentors") MentorCandidate mentor) {
        assertThat(scorer.points(mentee, mentor)).isEqualTo(scorer.score(mentee, mentor).score());
    }

    @Property
    void theReasonsAddUpToTheComponentsAndEveryComponentThatScoresHasAReason(@ForAll("mentees") MenteePath mentee,
            @ForAll("mentors") MentorCandidate mentor) {
        ScoredMentor scored = scorer.score(mentee, mentor);
        Map<ScoreComponent, Double> components = scorer.components(mentee, mentor);

        assertThat(Disclosure.full().components(scored.reasons())).isEqualTo(components);
        assertThat(scored.reasons()).extracting(MatchReason::component).filteredOn(component -> scorer.weights().weight(component) > 0)
                .allSatisfy(component -> assertThat(components).containsKey(component));
        assertThat(components.values().stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(scored.score(), within(0.001 * components.size()));
        IntStream.range(1, scored.reasons().size()).forEach(i ->
                assertThat(scored.reasons().get(i - 1).points()).as("strongest first").isGreaterThanOrEqualTo(scored.reasons().get(i).points()));
    }

    @Property
    void scoresAreDeterministic(@ForAll("mentees") MenteePath mentee, @ForAll("mentors") MentorCandidate mentor) {
        assertThat(new MentorScorer().score(mentee, mentor)).isEqualTo(scorer.score(mentee, mentor));
    }

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
        // what the mentor sees is the same whatever the mentee's hidden fields are
        MenteeBackground known = mentee.background();
        if (!shared.contains(PathField.MATCH_ATTEMPTS)) {
            MenteeBackground otherSoap = new MenteeBackground(known.usImg(), known.yearsSinceGraduation(), !known.soapTried(), known.exams(),
                    known.visaNeed(), known.goal(), known.utcOffsetMinutes());
            seesTheSame(toMentor, scored, scorer.score(with(mentee, mentee.matchAttempts() + 7, otherSoap), mentor));
        }
        if (!shared.contains(PathField.VISA_NEED)) {
            MenteeBackground otherVisa = new MenteeBackground(known.usImg(), known.yearsSinceGraduation(), known.soapTried(), known.exams(),
                    known.visaNeed() == VisaNeed.J1 ? VisaNeed.H1B : VisaNeed.J1, known.goal(), known.utcOffsetMinutes());
            MenteePath noVisaHelp = new MenteePath(mentee.menteeId(), mentee.targetSpecialties(), mentee.medicalSchoolCountry(),
                    mentee.matchAttempts(), mentee.languages(), mentee.helpWanted(), otherVisa);
            seesTheSame(toMentor, scored, scorer.score(noVisaHelp, mentor));
        }
        if (!shared.contains(PathField.EXAM_HISTORY)) {
            MenteeBackground otherExams = new MenteeBackground(known.usImg(), known.yearsSinceGraduation(), known.soapTried(),
                    new ExamHistory(known.exams().step2ckScore() == null ? 250 : 300 - known.exams().step2ckScore(), known.exams().usmleAttempts() + 3),
                    known.visaNeed(), known.goal(), known.utcOffsetMinutes());
            seesTheSame(toMentor, scored, scorer.score(with(mentee, mentee.matchAttempts(), otherExams), mentor));
        }
    }

    private static void seesTheSame(Disclosure toMentor, ScoredMentor scored, ScoredMentor other) {
        assertThat(toMentor.score(other.reasons())).isEqualTo(toMentor.score(scored.reasons()));
        assertThat(toMentor.reasonTexts(other.reasons())).isEqualTo(toMentor.reasonTexts(scored.reasons()));
        assertThat(toMentor.components(other.reasons())).isEqualTo(toMentor.components(scored.reasons()));
    }

    private static MenteePath with(MenteePath mentee, int attempts, MenteeBackground background) {
        return new MenteePath(mentee.menteeId(), mentee.targetSpecialties(), mentee.medicalSchoolCountry(), attempts, mentee.languages(),
                mentee.helpWanted(), background);
    }

    @Property
    void excludedOrUnavailableMentorsAreNeverChosen(@ForAll("mentees") MenteePath mentee,
            @ForAll("mentorLists") List<MentorCandidate> mentors, @ForAll Random random) {
        Set<String> excluded = Set.copyOf(mentors.stream().map(MentorCandidate::mentorId).filter(id -> random.nextBoolean()).toList());

        List<ScoredMentor> ranked = scorer.rank(mentee, mentors, excluded, TODAY);

        assertThat(ranked).allSatisfy(scored -> {
            assertThat(excluded).doesNotContain(scored.mentorId());
            assertThat(scored.mentor().accepting(TODAY)).isTrue();
            LocalDate pausedUntil = scored.mentor().pausedUntil();
            assertThat(pausedUntil == null ? scored.mentor().accepting() : !pausedUntil.isAfter(TODAY))
                    .as("never paused past today, nor closed without a pause").isTrue();
            assertThat(scored.mentor().capacityLeft()).isPositive();
            assertThat(scored.onTheSamePath(mentee)).isTrue();
            assertThat(MentorScorer.sharesALanguage(mentee, scored.mentor())).isTrue();
            assertThat(MentorScorer.visaFits(mentee, scored.mentor())).isTrue();
        });
    }

    @Property
    void theRankingIsOrderedAndDoesNotDependOnInputOrder(@ForAll("mentees") MenteePath mentee,
            @ForAll("mentorLists") List<MentorCandidate> mentors, @ForAll Random random) {
        List<MentorCandidate> shuffled = new ArrayList<>(mentors);
        Collections.shuffle(shuffled, random);

        List<ScoredMentor> ranked = scorer.rank(mentee, mentors, Set.of(), TODAY);

        assertThat(scorer.rank(mentee, shuffled, Set.of(), TODAY)).isEqualTo(ranked);
        IntStream.range(1, ranked.size()).forEach(i ->
                assertThat(MentorScorer.BEST_FIRST.compare(ranked.get(i - 1), ranked.get(i))).isNegative());
    }

    @Property
    void theSpecialtyEarnsItsWeightTimesTheFactorOfItsChoiceAndAnEarlierChoiceAlwaysScoresMore(
            @ForAll("distinctTargets") List<String> targets, @ForAll("mentors") MentorCandidate mentor,
            @ForAll("countries") String country, @ForAll int attemptsSeed) {
        MenteePath mentee = new MenteePath("mentee", targets, country, Math.floorMod(attemptsSeed, 7));
        for (int i = 0; i < targets.size(); i++) {
            ScoredMentor scored = scorer.score(mentee, withSpecialty(mentor, targets.get(i)));
            MatchReason specialty = scored.reasons().getFirst();
            assertThat(specialty.component()).as("the strongest reason").isEqualTo(ScoreComponent.SPECIALTY);
            assertThat(specialty.field()).isEqualTo(PathField.TARGET_SPECIALTY);
            assertThat(specialty.points()).isEqualTo(ScoringWeights.DEFAULT.weight(ScoreComponent.SPECIALTY) * ScoringWeights.DEFAULT_CHOICE_FACTORS.get(i));
            assertThat(specialty.text()).startsWith("Matched " + Specialty.valueOf(targets.get(i)).title() + ", your ")
                    .endsWith(targets.size() == 1 ? "target specialty" : List.of("first", "second", "third").get(i) + " choice");
            assertThat(scored.onTheSamePath(mentee)).isTrue();
            if (i > 0) {
                ScoredMentor earlier = scorer.score(mentee, withSpecialty(mentor, targets.get(i - 1)));
                assertThat(earlier.score()).isGreaterThan(scored.score());
            }
        }
    }

    @Property
    void aMentorIsOnTheSamePathExactlyWhenTheirSpecialtyIsATargetTheyShareTheCountryOrTookTheMenteesPathway(
            @ForAll("mentees") MenteePath mentee, @ForAll("mentors") MentorCandidate mentor) {
        boolean specialty = mentee.targetSpecialties().stream().anyMatch(target -> Words.same(target, mentor.matchedSpecialty()));
        boolean country = Words.same(mentee.medicalSchoolCountry(), mentor.medicalSchoolCountry());
        NextYearGoal goal = mentee.background().goal();
        CurrentRole role = mentor.background().currentRole();
        boolean pathway = goal == NextYearGoal.ALTERNATIVE_PATHWAY && role == CurrentRole.PA_NP
                || goal == NextYearGoal.PUBLIC_HEALTH && role == CurrentRole.PUBLIC_HEALTH
                || goal == NextYearGoal.NON_CLINICAL_INDUSTRY && role == CurrentRole.INDUSTRY;

        assertThat(scorer.score(mentee, mentor).onTheSamePath(mentee)).isEqualTo(specialty || country || pathway);
    }

    @Property
    void aPauseThatHasPassedCountsAsAcceptingAndOneStillRunningAsClosed(@ForAll("mentees") MenteePath mentee,
            @ForAll("mentors") MentorCandidate mentor, @ForAll("days") int days) {
        MentorCandidate paused = new MentorCandidate(mentor.mentorId(), mentor.displayName(), mentor.matchedSpecialty(),
                mentor.medicalSchoolCountry(), mentor.unmatchedCyclesBeforeMatch(), mentor.capacity(), mentor.reserved(), false,
                TODAY.plusDays(days), mentor.languages(), mentor.topics(), mentor.background());
        MentorCandidate open = new MentorCandidate(mentor.mentorId(), mentor.displayName(), mentor.matchedSpecialty(),
                mentor.medicalSchoolCountry(), mentor.unmatchedCyclesBeforeMatch(), mentor.capacity(), mentor.reserved(), true,
                null, mentor.languages(), mentor.topics(), mentor.background());

        List<ScoredMentor> ranked = scorer.rank(mentee, List.of(paused), Set.of(), TODAY);

        if (days > 0) {
            assertThat(ranked).isEmpty();
        } else {
            assertThat(ranked).isEqualTo(scorer.rank(mentee, List.of(open), Set.of(), TODAY).stream()
                    .map(scored -> new ScoredMentor(paused, scored.score(), scored.reasons())).toList());
        }
    }

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 16);

    private static MentorCandidate withSpecialty(MentorCandidate mentor, String specialty) {
        return new MentorCandidate(mentor.mentorId(), mentor.displayName(), specialty, mentor.medicalSchoolCountry(),
                mentor.unmatchedCyclesBeforeMatch(), mentor.capacity(), mentor.reserved(), mentor.accepting(), mentor.pausedUntil(),
                mentor.languages(), mentor.topics(), mentor.background());
    }

    @Provide
    Arbitrary<MenteePath> mentees() {
        return Combinators.combine(specialties().list().ofMaxSize(3), countries(), Arbitraries.integers().between(0, 6),
                        languages(), topics(), menteeBackgrounds())
                .as((targets, country, attempts, languages, topics, background) ->
                        new MenteePath("mentee", targets, country, attempts, languages, topics, background));
    }

    @Provide
    Arbitrary<MentorCandidate> mentors() {
        Arbitrary<LocalDate> pausedUntil = days().map(TODAY::plusDays).injectNull(0.6);
        Arbitrary<MentorCandidate> journeys = Combinators.combine(Arbitraries.strings().alpha().ofLength(6), specialties(), countries(),
                        Arbitraries.integers().between(0, 8), Arbitraries.integers().between(0, 5),
                        Arbitraries.integers().between(0, 5), Arbitraries.of(true, false), pausedUntil)
                .as((id, specialty, country, cycles, capacity, reserved, accepting, paused) ->
                        new MentorCandidate(id, "Dr. " + id, specialty, country, cycles, capacity, reserved, accepting, paused,
                                List.of(), Set.of()));
        // combined rather than flat-mapped: generating (and shrinking) stays cheap
        return Combinators.combine(journeys, languages(), topics(), mentorBackgrounds()).as((mentor, languages, topics, background) ->
                new MentorCandidate(mentor.mentorId(), mentor.displayName(), mentor.matchedSpecialty(), mentor.medicalSchoolCountry(),
                        mentor.unmatchedCyclesBeforeMatch(), mentor.capacity(), mentor.reserved(), mentor.accepting(), mentor.pausedUntil(),
                        languages, topics, background));
    }

    private static Arbitrary<MenteeBackground> menteeBackgrounds() {
        return Combinators.combine(Arbitraries.of(true, false).injectNull(0.1), Arbitraries.integers().between(0, 15).injectNull(0.1),
                        Arbitraries.of(true, false), exams(), Arbitraries.of(VisaNeed.class).injectNull(0.1),
                        Arbitraries.of(NextYearGoal.class).injectNull(0.1), offsets())
                .as(MenteeBackground::new);
    }

    private static Arbitrary<MentorBackground> mentorBackgrounds() {
        return Combinators.combine(Arbitraries.of(true, false).injectNull(0.1), Arbitraries.integers().between(0, 15).injectNull(0.2),
                        Arbitraries.of(true, false), exams(), Arbitraries.of(VisaNeed.class).injectNull(0.1),
                        Arbitraries.of(CurrentRole.class).injectNull(0.1), offsets())
                .as(MentorBackground::new);
    }

    private static Arbitrary<ExamHistory> exams() {
        return Combinators.combine(Arbitraries.integers().between(190, 290).injectNull(0.2), Arbitraries.integers().between(0, 6))
                .as(ExamHistory::new);
    }

    /** Standard offsets from UTC-12 to UTC+14 in quarter hours, as time zones have them. */
    private static Arbitrary<Integer> offsets() {
        return Arbitraries.integers().between(-48, 56).map(quarters -> quarters * 15).injectNull(0.1);
    }

    @Provide
    Arbitrary<List<MentorCandidate>> mentorLists() {
        return mentors().list().ofMaxSize(12).uniqueElements(MentorCandidate::mentorId);
    }

    @Provide
    Arbitrary<List<String>> distinctTargets() {
        return Arbitraries.of("IM", "FM", "PEDS", "PSYCH", "NEURO").list().ofMinSize(1).ofMaxSize(3).uniqueElements();
    }

    @Provide
    Arbitrary<Integer> days() {
        return Arbitraries.integers().between(-400, 400).edgeCases(edges -> edges.includeOnly(-1, 0, 1));
    }

    private static Arbitrary<String> specialties() {
        return Arbitraries.of("IM", "FM", "PEDS", "PSYCH", "im").injectNull(0.05);
    }

    @Provide
    Arbitrary<String> countries() {
        return Arbitraries.of("PK", "IN", "NG", "EG", "pk").injectNull(0.05);
    }

    private static Arbitrary<List<String>> languages() {
        return Arbitraries.of("en", "ur", "hi", "ar", "yo").list().ofMaxSize(3).uniqueElements();
    }

    private static Arbitrary<Set<String>> topics() {
        return Arbitraries.of("APPLICATION_REVIEW", "INTERVIEWS", "VISA", "EXAMS", "USCE").set().ofMaxSize(3);
    }
}
