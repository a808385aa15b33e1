package org.rematch.matching.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MentorScorerTest {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 16);

    private final MentorScorer scorer = new MentorScorer(TestWeights.THREE_PARTS);
    private final MenteePath amina = new MenteePath("amina", List.of("IM"), "PK", 2);
    /** Chidi ranks IM first, FM second, PEDS third. */
    private final MenteePath chidi = new MenteePath("chidi", List.of("IM", "FM", "PEDS"), "NG", 2);

    @Test
    void aMentorOnTheVerySamePathScoresOneWithAReasonPerComponent() {
        ScoredMentor scored = scorer.score(amina, mentor("bilal", "IM", "PK", 2, 3, 0));

        assertThat(scored.score()).isEqualTo(1.0);
        assertThat(scored.reasons()).containsExactly(
                new MatchReason(ScoreComponent.SPECIALTY, "Matched Internal Medicine, your target specialty", PathField.TARGET_SPECIALTY, 0.5),
                new MatchReason(ScoreComponent.COUNTRY, "Both trained in Pakistan", PathField.MEDICAL_SCHOOL_COUNTRY, 0.25),
                new MatchReason(ScoreComponent.CYCLES, "Matched Internal Medicine after 2 unmatched cycles, like your 2 attempts", PathField.MATCH_ATTEMPTS, 0.25));
    }

    @Test
    void theFirstChoiceEarnsTheWholeSpecialtyWeightAndLaterChoicesLess() {
        ScoredMentor first = scorer.score(chidi, mentor("m", "IM", "NG", 2, 3, 0));
        ScoredMentor second = scorer.score(chidi, mentor("m", "FM", "NG", 2, 3, 0));
        ScoredMentor third = scorer.score(chidi, mentor("m", "PEDS", "NG", 2, 3, 0));

        assertThat(first.reasons().getFirst()).isEqualTo(new MatchReason(ScoreComponent.SPECIALTY, "Matched Internal Medicine, your first choice", PathField.TARGET_SPECIALTY, 0.5));
        assertThat(second.reasons().getFirst()).isEqualTo(new MatchReason(ScoreComponent.SPECIALTY, "Matched Family Medicine, your second choice", PathField.TARGET_SPECIALTY, 0.4));
        assertThat(third.reasons().getFirst()).isEqualTo(new MatchReason(ScoreComponent.SPECIALTY, "Matched Pediatrics, your third choice", PathField.TARGET_SPECIALTY, 0.3));
        assertThat(List.of(first.score(), second.score(), third.score())).containsExactly(1.0, 0.9, 0.8);
    }

    @Test
    void aLaterChoiceStillOutranksACountryAlone() {
        List<ScoredMentor> ranked = scorer.rank(chidi, List.of(
                mentor("country-only", "DERM", "NG", 2, 3, 0),    // 0.25 + 0.25
                mentor("third-choice", "PEDS", "IN", 2, 3, 0),    // 0.3 + 0.25
                mentor("first-choice", "IM", "IN", 2, 3, 0),      // 0.5 + 0.25
                mentor("second-choice", "FM", "IN", 2, 3, 0)),    // 0.4 + 0.25
                Set.of(), TODAY);

        assertThat(ranked).extracting(ScoredMentor::mentorId)
                .containsExactly("first-choice", "second-choice", "third-choice", "country-only");
    }

    @Test
    void aMentorInAnyTargetSpecialtyIsOnTheSamePathAndOneInNoneNorTheCountryIsNot() {
        assertThat(scorer.score(chidi, mentor("m", "PEDS", "IN", 9, 1, 0)).onTheSamePath(chidi)).isTrue();
        assertThat(scorer.score(chidi, mentor("m", "DERM", "NG", 9, 1, 0)).onTheSamePath(chidi)).isTrue();
        assertThat(scorer.score(chidi, mentor("m", "DERM", "IN", 2, 1, 0)).onTheSamePath(chidi)).isFalse();
        assertThat(scorer.rank(chidi, List.of(mentor("m", "DERM", "IN", 2, 1, 0)), Set.of(), TODAY)).isEmpty();
    }

    @Test
    void closeCyclesEarnPartialCreditAndFarCyclesNone() {
        ScoredMentor close = scorer.score(amina, mentor("m", "IM", "NG", 1, 3, 0));
        ScoredMentor far = scorer.score(amina, mentor("m", "IM", "NG", 5, 3, 0));

        assertThat(close.score()).isEqualTo(0.667); // 0.5 + 0.25 * (1 - 1/3)
        assertThat(close.reasonTexts()).containsExactly("Matched Internal Medicine, your target specialty",
                "Matched Internal Medicine after 1 unmatched cycle, close to your 2 attempts");
        assertThat(far.score()).isEqualTo(0.5);
        assertThat(far.reasonTexts()).containsExactly("Matched Internal Medicine, your target specialty");
    }

    @Test
    void specialtyAndCountryCompareIgnoringCaseAndBlanksNeverMatch() {
        assertThat(scorer.score(amina, mentor("m", "im", "pk", 9, 1, 0)).score()).isEqualTo(0.75);
        assertThat(scorer.score(new MenteePath("x", List.of(" "), " ", 9), mentor("m", " ", " ", 0, 1, 0)).score()).isZero();
        assertThat(scorer.score(new MenteePath("x", null, null, 9), mentor("m", null, null, 0, 1, 0)).score()).isZero();
    }

    @Test
    void sharedLanguagesBesidesEnglishAndSharedHelpTopicsGiveReasonsEvenWhenWeighingNothing() {
        MenteePath amira = new MenteePath("amira", List.of("IM"), "PK", 2, List.of("en", "ur", "pa"),
                Set.of("INTERVIEWS", "APPLICATION_REVIEW", "VISA", "RESEARCH"));
        MentorCandidate bilal = new MentorCandidate("bilal", "Dr. Bilal", "IM", "PK", 2, 3, 0, true, null,
                List.of("en", "UR", "pa", "ar"), Set.of("INTERVIEWS", "APPLICATION_REVIEW", "VISA", "EXAMS"));

        ScoredMentor scored = scorer.score(amira, bilal);

        assertThat(scored.score()).isEqualTo(1.0);
        assertThat(scored.reasons()).hasSize(6).endsWith(
                new MatchReason(ScoreComponent.HELP_TOPICS, "Mentors on application review and interviews, which you asked for",
                        PathField.HELP_WANTED, 0),
                new MatchReason(ScoreComponent.HELP_TOPICS, "Mentors on visas, which you asked for", PathField.VISA_NEED, 0),
                new MatchReason(ScoreComponent.LANGUAGES, "Also speaks Urdu and Punjabi", PathField.LANGUAGES, 0));
        assertThat(Disclosure.toMentor(Set.of()).reasonTexts(scored.reasons()))
                .as("asking for visa help tells the visa need").doesNotContain("Mentors on visas, which you asked for")
                .contains("Also speaks Urdu and Punjabi");
        assertThat(scorer.score(new MenteePath("x", List.of("IM"), "PK", 2, List.of("en"), Set.of()), bilal).reasons())
                .as("English goes without saying").hasSize(3);
    }

    @Test
    void rankingPutsTheBestFirstAndBreaksTiesByCapacityLeftThenMentorId() {
        List<ScoredMentor> ranked = scorer.rank(amina, List.of(
                mentor("c", "IM", "PK", 2, 2, 1),   // 1.0, 1 left
                mentor("b", "IM", "PK", 2, 5, 0),   // 1.0, 5 left
                mentor("a", "IM", "PK", 2, 2, 1),   // 1.0, 1 left
                mentor("d", "IM", "IN", 2, 9, 0)),  // 0.75
                Set.of(), TODAY);

        assertThat(ranked).extracting(ScoredMentor::mentorId).containsExactly("b", "a", "c", "d");
    }

    @Test
    void aMentorWhoSharesNoLanguageWithTheMenteeIsNeitherRankedNorSuggestedUnlessASideListsNone() {
        MenteePath urduAndEnglish = new MenteePath("amina", List.of("IM"), "PK", 2, List.of("en", "ur"), Set.of());
        MentorCandidate spanishOnly = new MentorCandidate("es", "Dr. es", "IM", "PK", 2, 3, 0, true, null, List.of("es"), Set.of());
        MentorCandidate urdu = new MentorCandidate("ur", "Dr. ur", "IM", "PK", 2, 3, 0, true, null, List.of("UR"), Set.of());
        MentorCandidate unknown = new MentorCandidate("none", "Dr. none", "IM", "PK", 2, 3, 0, true, null, List.of(), Set.of());

        assertThat(scorer.rank(urduAndEnglish, List.of(spanishOnly, urdu, unknown), Set.of(), TODAY))
                .extracting(ScoredMentor::mentorId).containsExactlyInAnyOrder("ur", "none");
        assertThat(scorer.suggest(urduAndEnglish, List.of(spanishOnly, urdu), Set.of(), TODAY, 5))
                .extracting(ScoredMentor::mentorId).containsExactly("ur");
        assertThat(MentorScorer.sharesALanguage(amina, spanishOnly)).as("a mentee who lists no language").isTrue();
    }

    @Test
    void excludedFullClosedAndOffPathMentorsAreNeverRanked() {
        List<ScoredMentor> ranked = scorer.rank(amina, List.of(
                mentor("declined", "IM", "PK", 2, 3, 0),
                mentor("full", "IM", "PK", 2, 2, 2),
                new MentorCandidate("closed", "Closed", "IM", "PK", 2, 3, 0, false),
                mentor("offpath", "GS", "NG", 2, 3, 0),
                mentor("ok", "GS", "PK", 0, 1, 0)),
                Set.of("declined"), TODAY);

        assertThat(ranked).extracting(ScoredMentor::mentorId).containsExactly("ok");
    }

    @Test
    void suggestionsSkipTheSamePathRuleButNotAvailabilityExclusionsOrAZeroScoreAndStopAtTheLimit() {
        List<MentorCandidate> mentors = List.of(
                mentor("declined", "IM", "PK", 2, 3, 0),
                mentor("full", "IM", "PK", 2, 2, 2),
                new MentorCandidate("closed", "Closed", "IM", "PK", 2, 3, 0, false),
                mentor("offpath", "GS", "NG", 2, 3, 0),
                mentor("nothingShared", "GS", "NG", 9, 3, 0),
                mentor("ok", "GS", "PK", 0, 1, 0));

        assertThat(scorer.suggest(amina, mentors, Set.of("declined"), TODAY, 10)).extracting(ScoredMentor::mentorId)
                .containsExactly("ok", "offpath");
        assertThat(scorer.suggest(amina, mentors, Set.of("declined"), TODAY, 1)).extracting(ScoredMentor::mentorId)
                .containsExactly("ok");
    }

    @Test
    void aMentorPausedUntilAfterTodayGetsNoProposalAndOneWhosePauseHasPassedDoes() {
        List<ScoredMentor> ranked = scorer.rank(amina, List.of(
                paused("until-tomorrow", TODAY.plusDays(1)),
                paused("until-next-year", TODAY.plusYears(1)),
                paused("until-today", TODAY),
                paused("until-last-week", TODAY.minusWeeks(1))),
                Set.of(), TODAY);

        assertThat(ranked).extracting(ScoredMentor::mentorId).containsExactly("until-last-week", "until-today");
        assertThat(paused("p", TODAY.plusDays(1)).accepting(TODAY)).isFalse();
        assertThat(paused("p", TODAY.plusDays(1)).accepting(TODAY.plusDays(1))).isTrue();
        assertThat(new MentorCandidate("open", "Open", "IM", "PK", 2, 3, 0, true).accepting(TODAY)).isTrue();
        assertThat(new MentorCandidate("closed", "Closed", "IM", "PK", 2, 3, 0, false).accepting(TODAY)).isFalse();
    }

    @Test
    void weightsMustSumToOneAndNotBeNegativeAndChoicesNeverEarnMoreThanEarlierOnes() {
        List<Double> factors = ScoringWeights.DEFAULT_CHOICE_FACTORS;
        assertThatThrownBy(() -> weights(0.5, 0.5, 0.5, 3, factors)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sum to 1");
        assertThatThrownBy(() -> weights(1.25, -0.25, 0, 3, factors)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("negative");
        assertThatThrownBy(() -> weights(0.5, 0.25, 0.25, 0, factors)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> weights(0.5, 0.25, 0.25, 3, List.of(0.9, 0.8))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> weights(0.5, 0.25, 0.25, 3, List.of(1.0, 0.6, 0.8))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> weights(0.5, 0.25, 0.25, 3, List.of(1.0, 0.0))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ScoringWeights.defaultsWith(Map.of(ScoreComponent.SPECIALTY, 0.5), 3, factors))
                .as("changing one default weight alone breaks the sum").hasMessageContaining("sum to 1");
        assertThat(ScoringWeights.DEFAULT.weights().values().stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(1.0, within(1e-9));
        assertThat(ScoringWeights.DEFAULT.weights()).containsOnlyKeys(ScoreComponent.values());
        assertThat(List.of(0, 1, 2, 3).stream().map(ScoringWeights.DEFAULT::choiceFactor)).containsExactly(1.0, 0.8, 0.6, 0.6);
    }

    private static ScoringWeights weights(double specialty, double country, double cycles, int tolerance, List<Double> factors) {
        return new ScoringWeights(Map.of(ScoreComponent.SPECIALTY, specialty, ScoreComponent.COUNTRY, country, ScoreComponent.CYCLES, cycles),
                tolerance, factors);
    }

    static MentorCandidate mentor(String id, String specialty, String country, int cycles, int capacity, int reserved) {
        return new MentorCandidate(id, "Dr. " + id, specialty, country, cycles, capacity, reserved, true);
    }

    /** A mentor on Amina's very path who paused: the listing says not accepting while a pause is set. */
    static MentorCandidate paused(String id, LocalDate until) {
        return new MentorCandidate(id, "Dr. " + id, "IM", "PK", 2, 3, 0, false, until, List.of(), Set.of());
    }
}
