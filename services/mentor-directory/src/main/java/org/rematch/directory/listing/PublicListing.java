package org.rematch.directory.listing;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.LocalDate;
import org.rematch.directory.listing.domain.Availability;
import org.rematch.directory.listing.domain.Journey;
import org.rematch.directory.listing.domain.MentorListing;

/**
 * What any signed-in user sees of a listing: the journey and offer the mentor published, availability as of today;
 * never the version, timestamps or outbox. The journey and availability are unwrapped so the JSON stays flat.
 */
public record PublicListing(
        String mentorId,
        String displayName,
        @JsonUnwrapped Journey journey,
        @JsonUnwrapped Availability availability) {

    static PublicListing of(MentorListing listing, LocalDate today) {
        return new PublicListing(listing.mentorId(), listing.displayName(), listing.journey(),
                listing.availability().asOf(today));
    }

    /** Derived from the role, shown so clients need not know which roles count as an alternative career. */
    @JsonProperty
    public boolean alternativeCareer() {
        return journey.alternativeCareer();
    }
}
