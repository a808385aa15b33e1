package org.rematch.contracts.pairings;

import java.time.Instant;

/**
 * The mentor did not answer by {@code respondBy}; matching goes on to the next-best mentor, as after a decline, and
 * counts the silence against the mentor's responsiveness (see {@code MentorMarkedInactive}).
 */
public record PairingExpired(String pairingId, String menteeId, String mentorId, Instant respondBy, Instant expiredAt)
        implements PairingEvent {
}
