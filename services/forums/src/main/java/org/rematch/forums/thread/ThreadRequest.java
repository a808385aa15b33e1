package org.rematch.forums.thread;

import io.swagger.v3.oas.annotations.media.Schema;
import org.rematch.forums.thread.domain.Texts;

/** POST /api/forums/{forumId}/threads: a new thread's title and its opening post. The rules live in the domain. */
public record ThreadRequest(
        @Schema(description = "one line", minLength = Texts.MIN_TITLE, maxLength = Texts.MAX_TITLE) String title,
        @Schema(description = "CommonMark", minLength = 1, maxLength = Texts.MAX_BODY) String body) {
}
