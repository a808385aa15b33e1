package org.rematch.directory.listing;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.Instant;
import java.time.LocalDate;
import org.rematch.directory.listing.domain.Availability;
import org.rematch.directory.listing.domain.Journey;
import org.rematch.directory.listing.domain.MentorListing;

/**
 * The mentor's own view of their listing (GET /api/mentors/me, and the data export): every field, the version (also the
 * ETag) and timestamps. Availability is as of today: a pause whose end date has come shows as accepting. The journey
 * and availability are unwrapped so the JSON stays flat, as the API has always answered.
 */
public record MentorListingView(
        String mentorId,
        long version,
        String displayName,
        @JsonUnwrapped Journey journey,
        @JsonUnwrapped Availability availability,
        Instant createdAt,
        Instant updatedAt) {

    static MentorListingView of(MentorListingDocument document, LocalDate today) {
        MentorListing listing = document.toListing();
        return new MentorListingView(listing.mentorId(), listing.version(), listing.displayName(), listing.journey(),
                listing.availability().asOf(today), document.createdAt(), document.updatedAt());
    }

    /** Derived from the role, shown so clients need not know which roles count as an alternative career. */
    @JsonProperty
    public boolean alternativeCareer() {
        return journey.alternativeCareer();
    }
}
