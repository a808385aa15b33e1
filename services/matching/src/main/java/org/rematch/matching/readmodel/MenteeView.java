package org.rematch.matching.readmodel;

import java.time.Instant;

/**
 * Matching's copy of a mentee's path (collection {@code mentees}, id = menteeId), from {@code profiles.mentees}.
 * {@code matchingState}, {@code seekingSince} and {@code lastTriedAt} are matching's own: SEEKING while no mentor
 * with capacity fits, since when, and when a proposal was last tried.
 */
public record MenteeView(
        String id,
        long version,
        String displayName,
        String targetSpecialty,
        String medicalSchoolCountry,
        int graduationYear,
        int matchAttempts,
        String visaNeed,
        String status,
        String matchingState,
        Instant seekingSince,
        Instant lastTriedAt) {

    public static final String SEEKING = "SEEKING";
}
