package org.rematch.contracts.pairings;

import java.time.Instant;

/**
 * Half the time to answer a proposal has passed and the mentor has not answered: time to remind them. Carries the
 * mentee's display name so the reminder reads well without a lookup.
 */
public record PairingReminderDue(String pairingId, String menteeId, String mentorId, String menteeDisplayName, Instant respondBy,
        Instant remindedAt) implements PairingEvent {
}
