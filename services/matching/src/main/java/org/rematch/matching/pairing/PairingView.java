package org.rematch.matching.pairing;

import java.time.Instant;
import java.util.List;

/** A pairing as its mentee or its mentor sees it (no decline reason: that is for matching, not for the mentee). */
public record PairingView(
        String id,
        String menteeId,
        String mentorId,
        String menteeDisplayName,
        String mentorDisplayName,
        PairingState state,
        double score,
        List<String> reasons,
        int round,
        Instant proposedAt,
        Instant acceptedAt,
        Instant declinedAt) {

    static PairingView of(Pairing pairing) {
        return new PairingView(pairing.id(), pairing.menteeId(), pairing.mentorId(), pairing.menteeDisplayName(),
                pairing.mentorDisplayName(), pairing.state(), pairing.score(), pairing.reasons(), pairing.round(),
                pairing.proposedAt(), pairing.acceptedAt(), pairing.declinedAt());
    }
}
