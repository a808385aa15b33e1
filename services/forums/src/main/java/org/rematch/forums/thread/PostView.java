package org.rematch.forums.thread;

import java.time.Instant;
import org.rematch.forums.markdown.Markdown;
import org.rematch.forums.thread.domain.Post;

/**
 * A post as readers see it: {@code body} is the CommonMark as written, {@code html} the same rendered and sanitised,
 * ready to insert into a page. A deleted post has neither ({@code deleted} true); an erased author shows as
 * authorId null, authorName "[deleted]".
 */
public record PostView(String postId, String threadId, String forumId, String authorId, String authorName, String body,
        String html, Instant createdAt, Instant editedAt, boolean deleted) {

    static PostView of(Post post, Markdown markdown) {
        return new PostView(post.postId(), post.threadId(), post.forumId(), post.author().accountId(), post.author().displayName(),
                post.body(), markdown.render(post.body()), post.createdAt(), post.editedAt(), post.deleted());
    }
}
