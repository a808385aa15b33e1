package org.rematch.forums.moderation.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * "Hold first-day posts for approval": while a forum has it on, what a member writes in their first 24 hours after
 * joining waits for a moderator before others see it. Spam accounts and "guaranteed match" sellers usually post right
 * after joining; real newcomers lose a few hours at most. Moderators are never held.
 */
public final class FirstDayHold {

    public static final Duration FIRST_DAY = Duration.ofHours(24);

    private FirstDayHold() {
    }

    /** True if a post written at {@code now} by someone who joined at {@code joinedAt} is held. */
    public static boolean holds(boolean enabled, Instant joinedAt, Instant now) {
        return enabled && joinedAt != null && now.isBefore(joinedAt.plus(FIRST_DAY));
    }
}
