package org.rematch.forums.thread;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/**
 * A thread: its title, who started it, when it last saw a post and how many posts it has (the opening one and deleted
 * ones included). One thread's own view carries its {@code openingPost}; lists leave it out. {@code locked}: a
 * moderator locked it (readable, no replies); {@code held}: its opening post awaits approval (seen only by its author and
 * the moderators).
 */
public record ThreadView(String threadId, String forumId, String title, String authorId, String authorName, Instant createdAt,
        Instant editedAt, Instant lastActivityAt, int postCount, boolean locked, boolean held,
        @JsonInclude(JsonInclude.Include.NON_NULL) PostView openingPost) {

    static ThreadView of(ThreadDocument thread, PostView openingPost) {
        return new ThreadView(thread.threadId(), thread.forumId(), thread.title(), thread.authorId(), thread.authorName(),
                thread.createdAt(), thread.editedAt(), thread.lastActivityAt(), thread.postCount(), thread.locked(), thread.held(),
                openingPost);
    }
}
