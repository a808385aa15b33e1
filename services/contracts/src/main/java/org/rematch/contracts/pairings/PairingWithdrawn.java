package org.rematch.contracts.pairings;

import java.time.Instant;

/**
 * Matching took back a proposal the mentor had not answered, because the mentor's listing changed (see
 * {@link WithdrawalReason}); the mentee is proposed the next mentor, as after a decline.
 */
public record PairingWithdrawn(String pairingId, String menteeId, String mentorId, WithdrawalReason reason, Instant withdrawnAt)
        implements PairingEvent {
}
