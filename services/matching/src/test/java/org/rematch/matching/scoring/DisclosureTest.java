package org.rematch.matching.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DisclosureTest {

    private final MentorScorer scorer = new MentorScorer(TestWeights.THREE_PARTS);
    /** Amina: IM, PK, 2 attempts; the mentor: IM, PK, 2 cycles — every component scores, one reason each. */
    private final ScoredMentor scored = scorer.score(new MenteePath("amina", List.of("IM"), "PK", 2),
            new MentorCandidate("bilal", "Dr. Bilal", "IM", "PK", 2, 3, 0, true));

    @Test
    void eachReasonKnowsTheFieldItStemsFrom() {
        assertThat(scored.reasons()).extracting(MatchReason::field)
                .containsExactly(PathField.TARGET_SPECIALTY, PathField.MEDICAL_SCHOOL_COUNTRY, PathField.MATCH_ATTEMPTS);
        assertThat(PathField.MATCH_ATTEMPTS.sensitive()).isTrue();
        assertThat(PathField.VISA_NEED.sensitive()).isTrue();
        assertThat(PathField.TARGET_SPECIALTY.sensitive()).isFalse();
        assertThat(PathField.MEDICAL_SCHOOL_COUNTRY.sensitive()).isFalse();
        assertThat(PathField.EXAM_HISTORY.sensitive()).isTrue();
        assertThat(Arrays.stream(PathField.values()).filter(PathField::sensitive))
                .containsExactlyInAnyOrder(PathField.MATCH_ATTEMPTS, PathField.VISA_NEED, PathField.EXAM_HISTORY);
    }

    @Test
    void theMenteeSeesEveryReasonAndTheWholeScore() {
        Disclosure full = Disclosure.full();

        assertThat(full.reasonTexts(scored.reasons())).isEqualTo(scored.reasonTexts()).hasSize(3);
        assertThat(full.score(scored.reasons())).isEqualTo(1.0);
        assertThat(PathFieldsShown.of(full)).containsExactlyInAnyOrder(PathField.values());
    }

    @Test
    void aMentorTheAttemptsAreNotSharedWithSeesNeitherTheCyclesReasonNorItsPoints() {
        Disclosure toMentor = Disclosure.toMentor(Set.of());

        assertThat(toMentor.reasonTexts(scored.reasons())).containsExactly("Matched Internal Medicine, your target specialty", "Both trained in Pakistan");
        assertThat(toMentor.score(scored.reasons())).isEqualTo(0.75);
        assertThat(toMentor.components(scored.reasons())).containsExactly(entry(ScoreComponent.SPECIALTY, 0.5), entry(ScoreComponent.COUNTRY, 0.25));
        assertThat(Disclosure.full().components(scored.reasons())).containsEntry(ScoreComponent.CYCLES, 0.25).hasSize(3);
        assertThat(PathFieldsShown.of(toMentor)).containsExactlyInAnyOrder(PathField.TARGET_SPECIALTY, PathField.MEDICAL_SCHOOL_COUNTRY,
                PathField.US_IMG, PathField.GRADUATION_YEAR, PathField.GOAL, PathField.LANGUAGES, PathField.HELP_WANTED, PathField.TIME_ZONE);
    }

    @Test
    void aMentorSeesWhatTheMenteeShares() {
        Disclosure attempts = Disclosure.toMentor(Set.of(PathField.MATCH_ATTEMPTS));
        Disclosure visa = Disclosure.toMentor(Set.of(PathField.VISA_NEED));

        assertThat(attempts.reasonTexts(scored.reasons())).isEqualTo(scored.reasonTexts());
        assertThat(attempts.score(scored.reasons())).isEqualTo(1.0);
        assertThat(PathFieldsShown.of(attempts)).contains(PathField.MATCH_ATTEMPTS).doesNotContain(PathField.VISA_NEED);
        assertThat(PathFieldsShown.of(visa)).contains(PathField.VISA_NEED).doesNotContain(PathField.MATCH_ATTEMPTS);
    }

    @Test
    void aReasonOnTheVisaNeedIsHiddenUnlessTheVisaNeedIsShared() {
        List<MatchReason> reasons = List.of(new MatchReason(ScoreComponent.HELP_TOPICS, "Also needed a J1", PathField.VISA_NEED, 0.1),
                new MatchReason(ScoreComponent.COUNTRY, "Both trained in Pakistan", PathField.MEDICAL_SCHOOL_COUNTRY, 0.25));

        assertThat(Disclosure.toMentor(Set.of(PathField.MATCH_ATTEMPTS)).reasonTexts(reasons)).containsExactly("Both trained in Pakistan");
        assertThat(Disclosure.toMentor(Set.of(PathField.VISA_NEED)).reasonTexts(reasons)).containsExactly("Also needed a J1", "Both trained in Pakistan");
        assertThat(Disclosure.toMentor(Set.of(PathField.VISA_NEED)).score(reasons)).isEqualTo(0.35);
    }

    /** The path fields a disclosure shows. */
    private static final class PathFieldsShown {
        static List<PathField> of(Disclosure disclosure) {
            return Arrays.stream(PathField.values()).filter(disclosure::shows).toList();
        }
    }
}
