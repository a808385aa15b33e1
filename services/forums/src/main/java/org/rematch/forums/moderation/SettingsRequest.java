package org.rematch.forums.moderation;

import io.swagger.v3.oas.annotations.media.Schema;

/** PUT a forum's safeguards: slow mode (posts per member per minute, 0 = off, at most 60), first-day hold, and why. */
public record SettingsRequest(
        @Schema(minimum = "0", maximum = "60") Integer slowModePostsPerMinute,
        Boolean holdFirstDayPosts,
        @Schema(minLength = 1, maxLength = 500) String reason) {
}
