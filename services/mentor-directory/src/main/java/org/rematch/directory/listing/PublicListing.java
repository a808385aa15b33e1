package org.rematch.directory.listing;

/** What any signed-in user sees of a listing in the directory. */
public record PublicListing(
        String mentorId,
        String displayName,
        String matchedSpecialty,
        String medicalSchoolCountry,
        int unmatchedCyclesBeforeMatch,
        boolean accepting,
        int capacity) {

    static PublicListing of(MentorListingDocument document) {
        return new PublicListing(document.mentorId(), document.displayName(), document.matchedSpecialty(),
                document.medicalSchoolCountry(), document.unmatchedCyclesBeforeMatch(), document.accepting(),
                document.capacity());
    }
}
