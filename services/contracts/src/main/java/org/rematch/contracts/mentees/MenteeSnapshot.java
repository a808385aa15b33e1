package org.rematch.contracts.mentees;

import java.util.Set;

/**
 * A mentee's path, as far as matching needs it, on {@code profiles.mentees}. The mentee id is the account id.
 * Visa need and attempts are sensitive: only matching consumes them; it scores with them, but shows a proposed mentor
 * only the {@link SensitiveField}s in {@code sharedWithMentors}.
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
        VisaNeed visaNeed,
        Set<SensitiveField> sharedWithMentors) {
}
