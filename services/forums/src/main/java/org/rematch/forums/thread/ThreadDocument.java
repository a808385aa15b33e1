package org.rematch.forums.thread;

import java.time.Instant;
import org.rematch.forums.thread.domain.Author;
import org.rematch.forums.thread.domain.ForumThread;
import org.springframework.data.annotation.Id;

/**
 * A thread as stored in {@code threads}. lastActivityAt is when its newest post was written; activityStamp orders
 * threads by it more finely than the database's milliseconds (see {@link Stamps}). postCount counts every post, the
 * opening one and deleted ones included (they keep their place), but not replies still held for approval.
 * authorId is null once the author was erased. lockedAt is set while a moderator keeps the thread locked (no replies
 * or edits); heldAt while its opening post waits for a moderator's approval (the thread is then seen only by its
 * author and the forum's moderators).
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
        String openingPostId,
        Instant lockedAt,
        Instant heldAt) {

    static final String COLLECTION = "threads";

    static ThreadDocument of(ForumThread thread, String openingPostId, long stamp, Instant heldAt) {
        return new ThreadDocument(thread.threadId(), thread.forumId(), thread.title(), thread.author().accountId(),
                thread.author().displayName(), thread.createdAt(), thread.editedAt(), thread.createdAt(), stamp, 1, openingPostId,
                null, heldAt);
    }

    ForumThread toThread() {
        return new ForumThread(threadId, forumId, title, new Author(authorId, authorName), createdAt, editedAt);
    }

    boolean locked() {
        return lockedAt != null;
    }

    boolean held() {
        return heldAt != null;
    }

    /** Whether {@code viewer} sees the thread at all: a held one only its author and the forum's moderators. */
    boolean visibleTo(Viewer viewer) {
        return !held() || viewer.moderator() || viewer.is(authorId);
    }
}
