package org.rematch.directory.listing;

import java.time.Instant;

/** The mentor's own view of their listing, with its version and timestamps. */
public record MentorListingView(
        String mentorId,
        long version,
        String displayName,
        String matchedSpecialty,
        String medicalSchoolCountry,
        int unmatchedCyclesBeforeMatch,
        int capacity,
        boolean accepting,
        Instant createdAt,
        Instant updatedAt) {

    static MentorListingView of(MentorListingDocument document) {
        return new MentorListingView(document.mentorId(), document.version(), document.displayName(),
                document.matchedSpecialty(), document.medicalSchoolCountry(), document.unmatchedCyclesBeforeMatch(),
                document.capacity(), document.accepting(), document.createdAt(), document.updatedAt());
    }
}
