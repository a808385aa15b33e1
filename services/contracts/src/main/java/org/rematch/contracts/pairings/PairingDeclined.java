package org.rematch.contracts.pairings;

import java.time.Instant;

/** The mentor said no; matching goes on to the next-best mentor. The reason is for matching, not for the mentee. */
public record PairingDeclined(String pairingId, String menteeId, String mentorId, String reason, Instant declinedAt)
        implements PairingEvent {
}
