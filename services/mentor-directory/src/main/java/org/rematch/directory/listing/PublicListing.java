package org.rematch.directory.listing;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.LocalDate;
import org.rematch.directory.listing.domain.Availability;
import org.rematch.directory.listing.domain.Journey;
import org.rematch.directory.listing.domain.MentorListing;

/**
 * What any signed-in user sees of a listing: the journey and offer the mentor published, whether they accept mentees
 * as of today or are paused until a date; never the version, timestamps, outbox or why a listing was marked inactive
 * (that is between the mentor and Rematch: the public sees a listing that is not accepting). The journey is unwrapped
 * so the JSON stays flat, without the graduation year and exams: the mentor tells those for matching to compare paths
 * with, not for everyone to read. In a search sorted by match, {@code matchScore} is the calling mentee's score with
 * the mentor.
 */
public record PublicListing(
        String mentorId,
        String displayName,
        @JsonUnwrapped @JsonIgnoreProperties({"graduationYear", "exams"}) Journey journey,
        boolean accepting,
        LocalDate pausedUntil,
        @JsonInclude(JsonInclude.Include.NON_NULL) Double matchScore) {

    static PublicListing of(MentorListing listing, LocalDate today) {
        return of(listing, today, null);
    }

    /** @param matchScore the calling mentee's match score with this mentor (a search sorted by match), else null */
    static PublicListing of(MentorListing listing, LocalDate today, Double matchScore) {
        Availability availability = listing.availability().asOf(today);
        return new PublicListing(listing.mentorId(), listing.displayName(), listing.journey(), availability.accepting(),
                availability.pausedUntil(), matchScore);
    }

    /** Derived from the role, shown so clients need not know which roles count as an alternative career. */
    @JsonProperty
    public boolean alternativeCareer() {
        return journey.alternativeCareer();
    }
}
