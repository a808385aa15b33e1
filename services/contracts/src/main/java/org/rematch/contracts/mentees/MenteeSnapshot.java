package org.rematch.contracts.mentees;

/**
 * A mentee's path, as far as matching needs it, on {@code profiles.mentees}. The mentee id is the account id.
 * Visa need is sensitive: only matching consumes it, and only for scoring.
 */
public record MenteeSnapshot(
        String menteeId,
        long version,
        MenteeChange change,
        MenteeStatus status,
        String displayName,
        String targetSpecialty,
        String medicalSchoolCountry,
        int graduationYear,
        int matchAttempts,
        VisaNeed visaNeed) {
}
