package org.rematch.contracts.pairings;

import java.time.Instant;

/**
 * One side ended an accepted mentorship. The names let notifications tell the other side; the ender's feedback stays
 * in matching. {@code endedBy} is MENTEE or MENTOR.
 */
public record PairingEnded(String pairingId, String menteeId, String mentorId, String menteeDisplayName, String mentorDisplayName,
        String endedBy, Instant endedAt) implements PairingEvent {
}
