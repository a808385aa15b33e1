package org.rematch.contracts.pairings;

import java.time.Instant;
import java.util.List;

/**
 * Matching asks a mentor to take a mentee, saying why they fit. {@code score}, its {@code components} (the points each
 * part of the path comparison added, in component order) and the top {@code reasons}, strongest first, are what the
 * addressed mentor may see (no reason resting on a field the mentee keeps private). A mentee who asked this mentor directly
 * ({@code origin} MENTEE_REQUEST) may add a short {@code menteeMessage}; it is null otherwise. The mentor answers by
 * {@code respondBy}, or the proposal expires (null in events from before proposals expired).
 */
public record PairingProposed(
        String pairingId,
        String menteeId,
        String mentorId,
        String menteeDisplayName,
        double score,
        List<String> reasons,
        List<ScorePart> components,
        int round,
        Instant proposedAt,
        PairingOrigin origin,
        String menteeMessage,
        Instant respondBy) implements PairingEvent {
}
