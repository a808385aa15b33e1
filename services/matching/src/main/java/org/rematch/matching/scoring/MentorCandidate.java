package org.rematch.matching.scoring;

/**
 * A mentor as scoring sees them: the journey from their listing and how many of their slots are taken.
 *
 * @param reserved slots held by proposed or accepted pairings
 */
public record MentorCandidate(
        String mentorId,
        String displayName,
        String matchedSpecialty,
        String medicalSchoolCountry,
        int unmatchedCyclesBeforeMatch,
        int capacity,
        int reserved,
        boolean accepting) {

    public int capacityLeft() {
        return Math.max(0, capacity - reserved);
    }

    /** Whether the mentor can take one more mentee now. */
    public boolean available() {
        return accepting && capacityLeft() > 0;
    }
}
