package org.rematch.directory.listing.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.rematch.directory.listing.domain.Journeys.TODAY;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.rematch.contracts.path.Specialty;

class MentorListingTest {

    private static final String MENTOR = "5b0e3a52-7c2d-4e0f-8a1b-2c3d4e5f6a7b";
    private static final Journey IM_PK = Journeys.journey();

    @Test
    void aNewListingIsVersionOne() {
        MentorListing listing = MentorListing.list(MENTOR, "Dr. Bilal Ahmed", IM_PK, Availability.ACCEPTING);

        assertThat(listing.version()).isEqualTo(1);
        assertThat(listing.displayName()).isEqualTo("Dr. Bilal Ahmed");
        assertThat(listing.journey()).isEqualTo(IM_PK);
    }

    @Test
    void everyRevisionRaisesTheVersionByOneAndTakesTheNewJourneyAndName() {
        Journey fm = Journeys.journey(Specialty.FM, "PK", IM_PK.topics(), IM_PK.languages(), IM_PK.visaPath(), IM_PK.currentRole());

        MentorListing revised = MentorListing.list(MENTOR, "Bilal", IM_PK, Availability.ACCEPTING)
                .revise("Dr. Bilal Ahmed", fm, Availability.CLOSED).revise("Dr. B. Ahmed", fm, Availability.CLOSED);

        assertThat(revised.version()).isEqualTo(3);
        assertThat(revised.displayName()).isEqualTo("Dr. B. Ahmed");
        assertThat(revised.journey()).isEqualTo(fm);
        assertThat(revised.availability()).isEqualTo(Availability.CLOSED);
    }

    @Test
    void anAvailabilityChangeIsANewVersionAndNoChangeIsNone() {
        MentorListing listing = MentorListing.list(MENTOR, "x", IM_PK, Availability.ACCEPTING);

        assertThat(listing.withAvailability(Availability.ACCEPTING)).isSameAs(listing);
        MentorListing paused = listing.withAvailability(Availability.pausedUntil(TODAY.plusDays(5)));
        assertThat(paused.version()).isEqualTo(2);
        assertThat(paused.availability().acceptingOn(TODAY)).isFalse();
    }

    @Test
    void aListingWhosePauseEndedResumesAsTheNextVersion() {
        MentorListing paused = MentorListing.list(MENTOR, "x", IM_PK, Availability.pausedUntil(TODAY.plusDays(5)));

        assertThat(paused.resumedIfPauseEnded(TODAY.plusDays(4))).isEmpty();
        assertThat(paused.resumedIfPauseEnded(TODAY.plusDays(5))).hasValueSatisfying(resumed -> {
            assertThat(resumed.version()).isEqualTo(2);
            assertThat(resumed.availability()).isEqualTo(Availability.ACCEPTING);
        });
        assertThat(MentorListing.list(MENTOR, "x", IM_PK, Availability.CLOSED).resumedIfPauseEnded(TODAY.plusYears(1))).isEmpty();
    }

    @Test
    void withoutANameTheListingUsesANeutralStandIn() {
        assertThat(MentorListing.list(MENTOR, null, IM_PK, Availability.ACCEPTING).displayName()).isEqualTo("Mentor 5b0e3a52");
        assertThat(MentorListing.list(MENTOR, "   ", IM_PK, Availability.ACCEPTING).displayName()).isEqualTo("Mentor 5b0e3a52");
    }

    @Test
    void namesAreTrimmedAndBounded() {
        assertThat(MentorListing.list(MENTOR, "  Dr. Ahmed ", IM_PK, Availability.ACCEPTING).displayName()).isEqualTo("Dr. Ahmed");
        assertThat(MentorListing.list(MENTOR, "x".repeat(300), IM_PK, Availability.ACCEPTING).displayName())
                .hasSize(MentorListing.MAX_DISPLAY_NAME);
    }

    @Test
    void versionsStartAtOne() {
        assertThatIllegalArgumentException().isThrownBy(() -> new MentorListing(MENTOR, 0, "x", IM_PK, Availability.ACCEPTING));
    }

    private static final Inactivity SILENT = Inactivity.afterUnansweredProposals(2, Duration.ofHours(72),
            Instant.parse("2026-03-22T09:00:30Z"));

    @Test
    void anAcceptingListingIsMarkedInactiveAsANewVersionThatSaysWhy() {
        MentorListing listing = MentorListing.list(MENTOR, "x", IM_PK, Availability.ACCEPTING);

        MentorListing inactive = listing.markedInactive(SILENT, TODAY).orElseThrow();

        assertThat(inactive.version()).isEqualTo(2);
        assertThat(inactive.availability().acceptingOn(TODAY)).isFalse();
        assertThat(inactive.availability().inactive()).isEqualTo(SILENT);
        assertThat(SILENT.reason()).startsWith("Rematch stopped proposing mentees to you on 22 March 2026 because 2 proposals"
                + " in a row expired without an answer (mentors have 72 hours to answer).");
        assertThat(inactive.withAvailability(Availability.ACCEPTING).availability().inactive()).as("reactivated").isNull();
    }

    @Test
    void aClosedOrPausedOrAlreadyInactiveListingIsNotMarkedButAnEndedPauseIs() {
        MentorListing accepting = MentorListing.list(MENTOR, "x", IM_PK, Availability.ACCEPTING);

        assertThat(accepting.withAvailability(Availability.CLOSED).markedInactive(SILENT, TODAY)).isEmpty();
        assertThat(accepting.withAvailability(Availability.pausedUntil(TODAY.plusDays(3))).markedInactive(SILENT, TODAY)).isEmpty();
        assertThat(accepting.markedInactive(SILENT, TODAY).orElseThrow().markedInactive(SILENT, TODAY)).isEmpty();
        assertThat(accepting.withAvailability(Availability.pausedUntil(TODAY.plusDays(3))).markedInactive(SILENT, TODAY.plusDays(3)))
                .isPresent();
    }

    @Test
    void anInactiveAvailabilityIsNeitherAcceptingNorPaused() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Availability(true, null, SILENT));
        assertThatIllegalArgumentException().isThrownBy(() -> new Availability(false, TODAY, SILENT));
    }

    @Test
    void theTimeToAnswerReadsInWholeUnits() {
        assertThat(Inactivity.inWords(Duration.ofHours(72))).isEqualTo("72 hours");
        assertThat(Inactivity.inWords(Duration.ofHours(1))).isEqualTo("1 hour");
        assertThat(Inactivity.inWords(Duration.ofMinutes(90))).isEqualTo("90 minutes");
        assertThat(Inactivity.inWords(Duration.ofSeconds(2))).isEqualTo("2 seconds");
    }
}
