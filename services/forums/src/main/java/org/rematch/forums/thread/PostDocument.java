package org.rematch.forums.thread;

import java.time.Instant;
import org.rematch.forums.thread.domain.Author;
import org.rematch.forums.thread.domain.Post;
import org.springframework.data.annotation.Id;

/**
 * A post as stored in {@code posts}: the CommonMark body as written (null once deleted), never the HTML, which is
 * rendered on reading. stamp orders a thread's posts more finely than the database's milliseconds (see {@link Stamps}).
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
        long stamp) {

    static final String COLLECTION = "posts";

    static PostDocument of(Post post, long stamp) {
        return new PostDocument(post.postId(), post.forumId(), post.threadId(), post.author().accountId(),
                post.author().displayName(), post.body(), post.createdAt(), post.editedAt(), post.deletedAt(), stamp);
    }

    Post toPost() {
        return new Post(postId, forumId, threadId, new Author(authorId, authorName), body, createdAt, editedAt, deletedAt);
    }
}
