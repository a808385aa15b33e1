package org.rematch.directory.listing.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.rematch.directory.listing.domain.Journeys.TODAY;

import org.junit.jupiter.api.Test;

class AvailabilityTest {

    @Test
    void acceptingClosedOrPausedUntilAFutureDate() {
        assertThat(Availability.of(true, null, TODAY, null)).isEqualTo(Availability.ACCEPTING);
        assertThat(Availability.of(false, null, TODAY, null)).isEqualTo(Availability.CLOSED);
        assertThat(Availability.of(null, TODAY.plusDays(1), TODAY, null)).isEqualTo(Availability.pausedUntil(TODAY.plusDays(1)));
        assertThat(Availability.of(false, TODAY.plusDays(30), TODAY, null).pausedUntil()).isEqualTo(TODAY.plusDays(30));
    }

    @Test
    void withNeitherTheDefaultHolds() {
        assertThat(Availability.of(null, null, TODAY, Availability.CLOSED)).isEqualTo(Availability.CLOSED);
    }

    @Test
    void aPauseMustEndInTheFutureWithinAYearAndCannotBeAccepting() {
        assertRefused(null, TODAY, "pausedUntil");
        assertRefused(null, TODAY.minusDays(3), "pausedUntil");
        assertRefused(null, TODAY.plusDays(Availability.MAX_PAUSE_DAYS + 1), "pausedUntil");
        assertRefused(true, TODAY.plusDays(3), "accepting");
        assertThat(Availability.of(null, TODAY.plusDays(Availability.MAX_PAUSE_DAYS), TODAY, null).accepting()).isFalse();
    }

    @Test
    void aPausedMentorAcceptsAgainFromTheDayThePauseEnds() {
        Availability paused = Availability.pausedUntil(TODAY.plusDays(2));

        assertThat(paused.acceptingOn(TODAY)).isFalse();
        assertThat(paused.acceptingOn(TODAY.plusDays(1))).isFalse();
        assertThat(paused.acceptingOn(TODAY.plusDays(2))).isTrue();
        assertThat(paused.asOf(TODAY.plusDays(1))).isEqualTo(paused);
        assertThat(paused.asOf(TODAY.plusDays(3))).isEqualTo(Availability.ACCEPTING);
        assertThat(Availability.CLOSED.acceptingOn(TODAY.plusYears(5))).isFalse();
        assertThat(Availability.ACCEPTING.acceptingOn(TODAY)).isTrue();
    }

    private static void assertRefused(Boolean accepting, java.time.LocalDate until, String field) {
        assertThatThrownBy(() -> Availability.of(accepting, until, TODAY, null)).isInstanceOfSatisfying(InvalidInput.class,
                e -> assertThat(e.violations()).extracting(Violation::field).containsExactly(field));
    }
}
