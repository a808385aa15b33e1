package org.rematch.contracts.mentors;

/** A mentor's listing on {@code directory.mentors}. The mentor id is the account id. */
public record MentorListingSnapshot(
        String mentorId,
        long version,
        String displayName,
        String matchedSpecialty,
        String medicalSchoolCountry,
        int unmatchedCyclesBeforeMatch,
        int capacity,
        boolean accepting) {
}
