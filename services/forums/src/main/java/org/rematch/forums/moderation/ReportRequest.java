package org.rematch.forums.moderation;

import io.swagger.v3.oas.annotations.media.Schema;

/** A report: why (one of the reasons) and, optionally, what a moderator should know (at most 500 characters). */
public record ReportRequest(
        @Schema(allowableValues = {"SPAM", "HARASSMENT", "MISINFORMATION", "SELF_HARM", "OTHER"}) String reason,
        @Schema(maxLength = 500) String note) {
}
