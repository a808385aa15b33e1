package org.rematch.forums.thread;

import io.swagger.v3.oas.annotations.media.Schema;
import org.rematch.forums.thread.domain.Texts;

/** A reply's body, or a post's new body. */
public record PostRequest(@Schema(description = "CommonMark", minLength = 1, maxLength = Texts.MAX_BODY) String body) {
}
