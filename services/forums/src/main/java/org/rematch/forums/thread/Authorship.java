package org.rematch.forums.thread;

import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;

/** For the data export: the threads a person started and the posts they wrote, as stored (CommonMark). */
@Component
public class Authorship {

    /** A thread the person started. */
    public record StartedThread(String threadId, String forumId, String title, Instant createdAt, Instant editedAt) {
    }

    /** A post the person wrote; a deleted one is listed without its body, which is no longer held. */
    public record WrittenPost(String postId, String forumId, String threadId, String body, Instant createdAt, Instant editedAt,
            boolean deleted) {
    }

    private final Threads threads;
    private final Posts posts;

    Authorship(Threads threads, Posts posts) {
        this.threads = threads;
        this.posts = posts;
    }

    public List<StartedThread> threadsBy(String accountId) {
        return threads.startedBy(accountId).stream()
                .map(t -> new StartedThread(t.threadId(), t.forumId(), t.title(), t.createdAt(), t.editedAt())).toList();
    }

    public List<WrittenPost> postsBy(String accountId) {
        return posts.writtenBy(accountId).stream().map(PostDocument::toPost)
                .map(p -> new WrittenPost(p.postId(), p.forumId(), p.threadId(), p.body(), p.createdAt(), p.editedAt(), p.deleted()))
                .toList();
    }
}
