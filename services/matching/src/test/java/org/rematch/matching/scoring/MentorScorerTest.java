package org.rematch.matching.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MentorScorerTest {

    private final MentorScorer scorer = new MentorScorer();
    private final MenteePath amina = new MenteePath("amina", "IM", "PK", 2);

    @Test
    void aMentorOnTheVerySamePathScoresOneWithAReasonPerComponent() {
        ScoredMentor scored = scorer.score(amina, mentor("bilal", "IM", "PK", 2, 3, 0));

        assertThat(scored.score()).isEqualTo(1.0);
        assertThat(scored.reasons()).containsExactly(
                new MatchReason("Matched IM, your target specialty", PathField.TARGET_SPECIALTY, 0.5),
                new MatchReason("Also trained in PK", PathField.MEDICAL_SCHOOL_COUNTRY, 0.25),
                new MatchReason("Matched after 2 unmatched cycles, like your 2 attempts", PathField.MATCH_ATTEMPTS, 0.25));
    }

    @Test
    void closeCyclesEarnPartialCreditAndFarCyclesNone() {
        ScoredMentor close = scorer.score(amina, mentor("m", "IM", "IN", 1, 3, 0));
        ScoredMentor far = scorer.score(amina, mentor("m", "IM", "IN", 5, 3, 0));

        assertThat(close.score()).isEqualTo(0.667); // 0.5 + 0.25 * (1 - 1/3)
        assertThat(close.reasonTexts()).containsExactly("Matched IM, your target specialty",
                "Matched after 1 unmatched cycle, close to your 2 attempts");
        assertThat(far.score()).isEqualTo(0.5);
        assertThat(far.reasonTexts()).containsExactly("Matched IM, your target specialty");
    }

    @Test
    void specialtyAndCountryCompareIgnoringCaseAndBlanksNeverMatch() {
        assertThat(scorer.score(amina, mentor("m", "im", "pk", 9, 1, 0)).score()).isEqualTo(0.75);
        assertThat(scorer.score(new MenteePath("x", null, " ", 9), mentor("m", null, " ", 0, 1, 0)).score()).isZero();
    }

    @Test
    void rankingPutsTheBestFirstAndBreaksTiesByCapacityLeftThenMentorId() {
        List<ScoredMentor> ranked = scorer.rank(amina, List.of(
                mentor("c", "IM", "PK", 2, 2, 1),   // 1.0, 1 left
                mentor("b", "IM", "PK", 2, 5, 0),   // 1.0, 5 left
                mentor("a", "IM", "PK", 2, 2, 1),   // 1.0, 1 left
                mentor("d", "IM", "IN", 2, 9, 0)),  // 0.75
                Set.of());

        assertThat(ranked).extracting(ScoredMentor::mentorId).containsExactly("b", "a", "c", "d");
    }

    @Test
    void excludedFullClosedAndOffPathMentorsAreNeverRanked() {
        List<ScoredMentor> ranked = scorer.rank(amina, List.of(
                mentor("declined", "IM", "PK", 2, 3, 0),
                mentor("full", "IM", "PK", 2, 2, 2),
                new MentorCandidate("closed", "Closed", "IM", "PK", 2, 3, 0, false),
                mentor("offpath", "Surgery", "NG", 2, 3, 0),
                mentor("ok", "Surgery", "PK", 0, 1, 0)),
                Set.of("declined"));

        assertThat(ranked).extracting(ScoredMentor::mentorId).containsExactly("ok");
    }

    @Test
    void weightsMustSumToOneAndNotBeNegative() {
        assertThatThrownBy(() -> new ScoringWeights(0.5, 0.5, 0.5, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ScoringWeights(1.25, -0.25, 0, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ScoringWeights(0.5, 0.25, 0.25, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThat(ScoringWeights.DEFAULT.specialty() + ScoringWeights.DEFAULT.country() + ScoringWeights.DEFAULT.cycles()).isEqualTo(1.0);
    }

    static MentorCandidate mentor(String id, String specialty, String country, int cycles, int capacity, int reserved) {
        return new MentorCandidate(id, "Dr. " + id, specialty, country, cycles, capacity, reserved, true);
    }
}
