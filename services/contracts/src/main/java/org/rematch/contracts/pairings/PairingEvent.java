package org.rematch.contracts.pairings;

/** Everything matching tells about a mentee's pairings on {@code matching.pairings}, keyed by menteeId. */
public sealed interface PairingEvent permits PairingProposed, PairingAccepted, PairingDeclined, PairingExpired, PairingReminderDue,
        PairingWithdrawn, PairingEnded, ForumsRecommended {

    String menteeId();
}
