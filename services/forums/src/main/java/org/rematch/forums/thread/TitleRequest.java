package org.rematch.forums.thread;

import io.swagger.v3.oas.annotations.media.Schema;
import org.rematch.forums.thread.domain.Texts;

/** PUT /api/forums/{forumId}/threads/{threadId}: a thread's new title. */
public record TitleRequest(@Schema(description = "one line", minLength = Texts.MIN_TITLE, maxLength = Texts.MAX_TITLE) String title) {
}
