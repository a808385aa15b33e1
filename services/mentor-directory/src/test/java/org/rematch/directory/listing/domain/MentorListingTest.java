package org.rematch.directory.listing.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class MentorListingTest {

    private static final String MENTOR = "5b0e3a52-7c2d-4e0f-8a1b-2c3d4e5f6a7b";
    private static final Journey IM_PK = new Journey("IM", "PK", 2, 3, true);

    @Test
    void aNewListingIsVersionOne() {
        MentorListing listing = MentorListing.list(MENTOR, "Dr. Bilal Ahmed", IM_PK);

        assertThat(listing.version()).isEqualTo(1);
        assertThat(listing.displayName()).isEqualTo("Dr. Bilal Ahmed");
        assertThat(listing.journey()).isEqualTo(IM_PK);
    }

    @Test
    void everyRevisionRaisesTheVersionByOneAndTakesTheNewJourneyAndName() {
        Journey fm = new Journey("FM", "PK", 2, 5, false);

        MentorListing revised = MentorListing.list(MENTOR, "Bilal", IM_PK).revise("Dr. Bilal Ahmed", fm).revise("Dr. B. Ahmed", fm);

        assertThat(revised.version()).isEqualTo(3);
        assertThat(revised.displayName()).isEqualTo("Dr. B. Ahmed");
        assertThat(revised.journey()).isEqualTo(fm);
        assertThat(revised.mentorId()).isEqualTo(MENTOR);
    }

    @Test
    void withoutANameTheListingUsesANeutralStandIn() {
        assertThat(MentorListing.list(MENTOR, null, IM_PK).displayName()).isEqualTo("Mentor 5b0e3a52");
        assertThat(MentorListing.list(MENTOR, "   ", IM_PK).displayName()).isEqualTo("Mentor 5b0e3a52");
    }

    @Test
    void namesAreTrimmedAndBounded() {
        assertThat(MentorListing.list(MENTOR, "  Dr. Ahmed ", IM_PK).displayName()).isEqualTo("Dr. Ahmed");
        assertThat(MentorListing.list(MENTOR, "x".repeat(300), IM_PK).displayName()).hasSize(MentorListing.MAX_DISPLAY_NAME);
    }

    @Test
    void versionsStartAtOne() {
        assertThatIllegalArgumentException().isThrownBy(() -> new MentorListing(MENTOR, 0, "x", IM_PK));
    }
}
