package org.rematch.directory.listing;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.rematch.directory.listing.domain.Journey;

/** The journey a mentor lists (POST /api/mentors) or revises (PUT /api/mentors/me). */
public record ListingRequest(
        @NotNull @Pattern(regexp = Journey.SPECIALTY_CODE, message = "must be a specialty code of 1 to 10 uppercase letters, e.g. IM")
        String matchedSpecialty,
        @NotNull @Pattern(regexp = Journey.COUNTRY_CODE, message = "must be an ISO alpha-2 country code (two uppercase letters), e.g. PK")
        String medicalSchoolCountry,
        @NotNull @Min(0) @Max(Journey.MAX_UNMATCHED_CYCLES)
        Integer unmatchedCyclesBeforeMatch,
        @NotNull @Min(Journey.MIN_CAPACITY) @Max(Journey.MAX_CAPACITY)
        Integer capacity,
        /* optional: a new listing accepts mentees unless told otherwise; a revision keeps the current setting */
        Boolean accepting) {

    Journey journey(boolean acceptingIfAbsent) {
        return new Journey(matchedSpecialty, medicalSchoolCountry, unmatchedCyclesBeforeMatch, capacity,
                accepting == null ? acceptingIfAbsent : accepting);
    }
}
