package org.rematch.forums.thread;

import java.time.Instant;
import org.rematch.forums.thread.domain.Author;
import org.rematch.forums.thread.domain.Post;
import org.springframework.data.annotation.Id;

/**
 * A post as stored in {@code posts}: the CommonMark body as written (null once deleted), never the HTML, which is
 * rendered on reading. stamp orders a thread's posts more finely than the database's milliseconds (see {@link Stamps}).
 * Moderation state beside it: hiddenBy (REPORTS or MODERATOR) and hiddenAt while hidden pending review; heldAt while it
 * waits for approval; removedBy MODERATOR when a moderator deleted it (deletedAt is then set as for an author's
 * deletion). Documents written before moderation existed read these as null: visible.
 */
record PostDocument(
        @Id String postId,
        String forumId,
        String threadId,
        String authorId,
        String authorName,
        String body,
        Instant createdAt,
        Instant editedAt,
        Instant deletedAt,
        long stamp,
        String hiddenBy,
        Instant hiddenAt,
        Instant heldAt,
        String removedBy) {

    static final String COLLECTION = "posts";
    static final String BY_REPORTS = "REPORTS";
    static final String BY_MODERATOR = "MODERATOR";

    static PostDocument of(Post post, long stamp, Instant heldAt) {
        return new PostDocument(post.postId(), post.forumId(), post.threadId(), post.author().accountId(),
                post.author().displayName(), post.body(), post.createdAt(), post.editedAt(), post.deletedAt(), stamp, null, null,
                heldAt, null);
    }

    Post toPost() {
        return new Post(postId, forumId, threadId, new Author(authorId, authorName), body, createdAt, editedAt, deletedAt);
    }

    boolean hidden() {
        return hiddenAt != null;
    }

    boolean held() {
        return heldAt != null;
    }
}
