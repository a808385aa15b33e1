package org.rematch.matching.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResponsivenessTest {

    private static final Instant T0 = Instant.parse("2026-03-20T09:00:00Z");

    private static Responsiveness.Expiry expiry(String pairingId, int hoursAfterT0) {
        return new Responsiveness.Expiry(pairingId, at(hoursAfterT0));
    }

    private static Instant at(int hoursAfterT0) {
        return T0.plusSeconds(hoursAfterT0 * 3600L);
    }

    @Test
    void twoExpiriesInARowMarkTheMentorAsOfTheLaterOne() {
        Responsiveness twice = new Responsiveness(List.of(expiry("b", 5), expiry("a", 1)), null, null);

        assertThat(twice.marking(2)).contains(new Responsiveness.Marking(2, at(5)));
        assertThat(new Responsiveness(List.of(expiry("a", 1)), null, null).marking(2)).isEmpty();
    }

    @Test
    void anAnswerBetweenTwoExpiriesBreaksTheRowWhateverOrderTheyWereRecordedIn() {
        Responsiveness answeredBetween = new Responsiveness(List.of(expiry("b", 5), expiry("a", 1)), at(3), null);

        assertThat(answeredBetween.unansweredInARow()).containsExactly(expiry("b", 5));
        assertThat(answeredBetween.marking(2)).isEmpty();
    }

    @Test
    void anAnswerAfterBothExpiriesClearsThem() {
        assertThat(new Responsiveness(List.of(expiry("a", 1), expiry("b", 5)), at(6), null).marking(2)).isEmpty();
    }

    @Test
    void afterAMarkingOnlyLaterExpiriesCountSoTheSameExpiriesNeverMarkTwice() {
        Responsiveness marked = new Responsiveness(List.of(expiry("a", 1), expiry("b", 5)), null, at(5));

        assertThat(marked.marking(2)).isEmpty();
        Responsiveness twoMore = new Responsiveness(List.of(expiry("a", 1), expiry("b", 5), expiry("c", 8), expiry("d", 9)), null, at(5));
        assertThat(twoMore.marking(2)).contains(new Responsiveness.Marking(2, at(9)));
    }

    @Test
    void theThresholdIsConfigurable() {
        Responsiveness twice = new Responsiveness(List.of(expiry("a", 1), expiry("b", 5)), null, null);

        assertThat(twice.marking(3)).isEmpty();
        assertThat(twice.marking(1)).contains(new Responsiveness.Marking(2, at(5)));
    }
}
