package org.rematch.forums.moderation;

import io.swagger.v3.oas.annotations.media.Schema;

/** How a moderator resolves the reports on one post or member: DISMISSED (nothing wrong) or ACTED (dealt with), and why. */
public record ResolveRequest(@Schema(allowableValues = {"DISMISSED", "ACTED"}) String outcome,
        @Schema(minLength = 1, maxLength = 500) String reason) {
}
