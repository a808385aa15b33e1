package org.rematch.forums.thread;

import java.time.Instant;
import org.rematch.forums.thread.domain.Author;
import org.rematch.forums.thread.domain.ForumThread;
import org.springframework.data.annotation.Id;

/**
 * A thread as stored in {@code threads}. lastActivityAt is when its newest post was written; activityStamp orders
 * threads by it more finely than the database's milliseconds (see {@link Stamps}). postCount counts every post, the
 * opening one and deleted ones included (they keep their place). authorId is null once the author was erased.
 */
record ThreadDocument(
        @Id String threadId,
        String forumId,
        String title,
        String authorId,
        String authorName,
        Instant createdAt,
        Instant editedAt,
        Instant lastActivityAt,
        long activityStamp,
        int postCount,
        String openingPostId) {

    static final String COLLECTION = "threads";

    static ThreadDocument of(ForumThread thread, String openingPostId, long stamp) {
        return new ThreadDocument(thread.threadId(), thread.forumId(), thread.title(), thread.author().accountId(),
                thread.author().displayName(), thread.createdAt(), thread.editedAt(), thread.createdAt(), stamp, 1, openingPostId);
    }

    ForumThread toThread() {
        return new ForumThread(threadId, forumId, title, new Author(authorId, authorName), createdAt, editedAt);
    }
}
