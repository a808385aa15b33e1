package org.rematch.profiles.core;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.rematch.contracts.mentees.MenteeStatus;

/**
 * Which status a mentee may choose next. SEEKING: matching looks for a mentor; PAUSED: it stops looking for now;
 * WITHDRAWN: they left Rematch's matching (they may come back to SEEKING); MATCHED: they matched in a later cycle, a
 * success to record (from which they may only withdraw). PAIRED is what a mentor's acceptance makes them, never a
 * mentee's choice; a paired mentee may still withdraw or record their match.
 */
public final class StatusTransitions {

    private static final Map<MenteeStatus, Set<MenteeStatus>> ALLOWED = new EnumMap<>(Map.of(
            MenteeStatus.SEEKING, EnumSet.of(MenteeStatus.PAUSED, MenteeStatus.WITHDRAWN, MenteeStatus.MATCHED),
            MenteeStatus.PAIRED, EnumSet.of(MenteeStatus.WITHDRAWN, MenteeStatus.MATCHED),
            MenteeStatus.PAUSED, EnumSet.of(MenteeStatus.SEEKING, MenteeStatus.WITHDRAWN, MenteeStatus.MATCHED),
            MenteeStatus.WITHDRAWN, EnumSet.of(MenteeStatus.SEEKING),
            MenteeStatus.MATCHED, EnumSet.of(MenteeStatus.WITHDRAWN)));

    private StatusTransitions() {
    }

    /** The statuses a mentee may choose from {@code current}. */
    public static Set<MenteeStatus> choosableFrom(MenteeStatus current) {
        return Set.copyOf(ALLOWED.get(current));
    }

    /** Why a mentee may not go from {@code current} to {@code wanted}; empty when they may (or already are there). */
    public static Optional<String> refusal(MenteeStatus current, MenteeStatus wanted) {
        if (current == wanted || ALLOWED.get(current).contains(wanted)) {
            return Optional.empty();
        }
        if (wanted == MenteeStatus.PAIRED) {
            return Optional.of("PAIRED is set when a mentor accepts you; it cannot be chosen");
        }
        return Optional.of("You cannot go from " + current + " to " + wanted + "; from " + current + " you may choose "
                + String.join(", ", ALLOWED.get(current).stream().map(Enum::name).toList()));
    }
}
