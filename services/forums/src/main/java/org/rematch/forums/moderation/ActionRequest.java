package org.rematch.forums.moderation;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A moderation action's input: the reason (required, 1-500 characters; the member and the audit log are told it);
 * for a mute its {@code duration} (ISO-8601, PT1H to P30D); for a ban or suspension an optional {@code until}
 * (ISO-8601 instant; left out: until lifted).
 */
public record ActionRequest(
        @Schema(minLength = 1, maxLength = 500) String reason,
        @Schema(description = "mute only: ISO-8601 duration from PT1H to P30D", example = "PT12H") String duration,
        @Schema(description = "ban or suspension only: when it ends (ISO-8601); none: until lifted", example = "2026-12-31T00:00:00Z")
        String until) {
}
