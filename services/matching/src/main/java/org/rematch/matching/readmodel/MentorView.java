package org.rematch.matching.readmodel;

import java.util.List;

/**
 * Matching's copy of a mentor listing (collection {@code mentors}, id = mentorId), from {@code directory.mentors}.
 * {@code reservations} (the pairing ids holding a slot) and {@code reserved} (its size) are matching's own and are
 * never overwritten by a listing update.
 */
public record MentorView(
        String id,
        long version,
        String displayName,
        String matchedSpecialty,
        String medicalSchoolCountry,
        int unmatchedCyclesBeforeMatch,
        int capacity,
        boolean accepting,
        int reserved,
        List<String> reservations) {

    public MentorView {
        reservations = reservations == null ? List.of() : List.copyOf(reservations);
    }

    public int capacityLeft() {
        return Math.max(0, capacity - reserved);
    }
}
