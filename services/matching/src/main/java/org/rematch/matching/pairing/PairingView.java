package org.rematch.matching.pairing;

import java.time.Instant;
import java.util.List;

/**
 * A pairing as its mentee or its mentor sees it. The decline reason is for matching only, and a mentee is never told
 * which mentor declined them: a declined pairing shows the mentee no mentor.
 */
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

    static PairingView seenBy(Pairing pairing, String accountId) {
        PairingView view = of(pairing);
        boolean hideWhoDeclined = pairing.state() == PairingState.DECLINED && !pairing.mentorId().equals(accountId);
        return hideWhoDeclined ? view.withoutMentor() : view;
    }

    private PairingView withoutMentor() {
        return new PairingView(id, menteeId, null, menteeDisplayName, null, state, score, reasons, round, proposedAt,
                acceptedAt, declinedAt);
    }
}
