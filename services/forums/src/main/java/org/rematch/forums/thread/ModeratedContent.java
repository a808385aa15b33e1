package org.rematch.forums.thread;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.rematch.contracts.Topics;
import org.rematch.contracts.forums.PostHidden;
import org.rematch.forums.markdown.Markdown;
import org.rematch.kit.outbox.EventOutbox;
import org.springframework.stereotype.Component;

/**
 * What moderation may read and change of threads and posts: a post with its thread for the queue, and the changes
 * moderators make (hide, restore, delete, approve, lock). Each change is conditional on the current state and says
 * whether it changed anything, so a repeated or concurrent action is logged once. Who may do it is moderation's
 * business; this class only keeps the documents consistent.
 */
@Component
public class ModeratedContent {

    /** A post as moderators see it, with its thread's title for context. */
    public record PostSnapshot(String postId, String forumId, String threadId, String threadTitle, boolean openingPost,
            String authorId, String authorName, String body, String html, Instant createdAt, boolean deleted, boolean hidden,
            String hiddenBy, boolean held) {
    }

    /** A thread's id, forum, title and whether it is locked. */
    public record ThreadSnapshot(String threadId, String forumId, String title, String authorId, boolean locked) {
    }

    private final Posts posts;
    private final Threads threads;
    private final Markdown markdown;
    private final Stamps stamps;
    private final EventOutbox outbox;

    ModeratedContent(Posts posts, Threads threads, Markdown markdown, Stamps stamps, EventOutbox outbox) {
        this.outbox = outbox;
        this.posts = posts;
        this.threads = threads;
        this.markdown = markdown;
        this.stamps = stamps;
    }

    /** The post, if it exists in this forum (a post id under another forum is not found). */
    public Optional<PostSnapshot> post(String forumId, String postId) {
        return posts.find(postId).filter(p -> p.forumId().equals(forumId)).map(this::snapshot);
    }

    public Optional<ThreadSnapshot> thread(String forumId, String threadId) {
        return threads.find(forumId, threadId)
                .map(t -> new ThreadSnapshot(t.threadId(), t.forumId(), t.title(), t.authorId(), t.locked()));
    }

    /** Posts waiting for approval in these forums (null: every forum), oldest first, at most {@code limit}. */
    public List<PostSnapshot> held(Collection<String> forumIds, int limit) {
        return posts.held(forumIds, limit).stream().map(this::snapshot).toList();
    }

    /** When {@code authorId} posted in the forum after {@code since}. */
    public List<Instant> postedSince(String forumId, String authorId, Instant since) {
        return posts.writtenSince(forumId, authorId, since);
    }

    /**
     * Hides the post as {@code told} says (by the report threshold or by a moderator, when), with {@code told} in the
     * post's outbox for forums.activity.
     */
    public boolean hide(PostHidden told) {
        return posts.hide(told.postId(), told.byReports() ? PostDocument.BY_REPORTS : PostDocument.BY_MODERATOR, told.hiddenAt(),
                outbox.event(Topics.FORUM_ACTIVITY, told.forumId(), told));
    }

    public boolean restore(String postId) {
        return posts.restore(postId);
    }

    public boolean delete(String postId, Instant at) {
        return posts.removeByModerator(postId, at);
    }

    /**
     * Releases a held post: everyone sees it, and its thread counts it (or, for an opening post, the thread itself is
     * released). The thread's activity moves to the approval, so an approved reply is not buried under older ones.
     */
    public boolean approve(String postId, Instant at) {
        Optional<PostDocument> post = posts.find(postId);
        if (post.isEmpty() || !posts.approve(postId)) {
            return false;
        }
        threads.find(post.get().threadId()).ifPresent(thread -> {
            if (postId.equals(thread.openingPostId())) {
                threads.release(thread.threadId());
            }
            threads.touch(thread.threadId(), at, stamps.next(at), posts.count(thread.threadId()));
        });
        return true;
    }

    /** Locks or unlocks a thread; false if it already was so. */
    public boolean lock(String threadId, boolean locked, Instant at) {
        return threads.lock(threadId, locked ? at : null);
    }

    private PostSnapshot snapshot(PostDocument post) {
        Optional<ThreadDocument> thread = threads.find(post.threadId());
        String body = post.toPost().body();
        return new PostSnapshot(post.postId(), post.forumId(), post.threadId(), thread.map(ThreadDocument::title).orElse(null),
                thread.map(t -> post.postId().equals(t.openingPostId())).orElse(false), post.authorId(), post.authorName(), body,
                markdown.render(body), post.createdAt(), post.deletedAt() != null, post.hidden(), post.hiddenBy(), post.held());
    }
}
