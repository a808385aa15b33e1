package org.rematch.contracts.pairings;

import java.time.Instant;
import java.util.List;

/** Matching asks a mentor to take a mentee, saying why they fit. */
public record PairingProposed(
        String pairingId,
        String menteeId,
        String mentorId,
        String menteeDisplayName,
        double score,
        List<String> reasons,
        int round,
        Instant proposedAt) implements PairingEvent {
}
