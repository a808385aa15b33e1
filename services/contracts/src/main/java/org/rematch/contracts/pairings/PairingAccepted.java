package org.rematch.contracts.pairings;

import java.time.Instant;

public record PairingAccepted(String pairingId, String menteeId, String mentorId, String mentorDisplayName, Instant acceptedAt)
        implements PairingEvent {
}
