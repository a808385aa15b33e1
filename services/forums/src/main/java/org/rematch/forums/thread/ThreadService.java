package org.rematch.forums.thread;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.rematch.forums.forum.ForumCatalog;
import org.rematch.forums.forum.domain.Actor;
import org.rematch.forums.forum.domain.Forum;
import org.rematch.forums.markdown.Markdown;
import org.rematch.forums.membership.Members;
import org.rematch.forums.thread.domain.Author;
import org.rematch.forums.thread.domain.ForumThread;
import org.rematch.forums.thread.domain.Participation;
import org.rematch.forums.thread.domain.Post;
import org.rematch.forums.web.PageView;
import org.rematch.forums.web.Paging;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;

/**
 * Threads and posts. Every signed-in person may read them (forums are listed for all, and people look before they
 * join); writing follows {@link Participation}; a post is changed only by its author.
 *
 * <p>A thread and its opening post are two documents without a transaction: the post is written first, so a crash in
 * between leaves a post nobody can reach (its thread does not exist), never a thread without its opening post.
 */
@Service
class ThreadService {

    private final ForumCatalog catalog;
    private final Members members;
    private final Threads threads;
    private final Posts posts;
    private final Markdown markdown;
    private final Stamps stamps;
    private final Clock clock;

    ThreadService(ForumCatalog catalog, Members members, Threads threads, Posts posts, Markdown markdown, Stamps stamps, Clock clock) {
        this.catalog = catalog;
        this.members = members;
        this.threads = threads;
        this.posts = posts;
        this.markdown = markdown;
        this.stamps = stamps;
        this.clock = clock;
    }

    ThreadView start(String forumId, ThreadRequest request, Actor actor, String displayName) {
        mayWrite(catalog.require(forumId), actor);
        Instant now = now();
        ForumThread.Opening opening = ForumThread.start(UUID.randomUUID().toString(), UUID.randomUUID().toString(), forumId,
                request.title(), request.body(), new Author(actor.accountId(), displayName), now);
        long stamp = stamps.next(now);
        posts.insert(opening.post(), stamp);
        ThreadDocument thread = threads.insert(opening.thread(), opening.post().postId(), stamp);
        return ThreadView.of(thread, PostView.of(opening.post(), markdown));
    }

    PageView<ThreadView> list(String forumId, Paging paging) {
        catalog.require(forumId);
        return PageView.of(threads.page(forumId, paging).stream().map(thread -> ThreadView.of(thread, null)).toList(), paging,
                threads.count(forumId));
    }

    ThreadView one(String forumId, String threadId) {
        catalog.require(forumId);
        ThreadDocument thread = thread(forumId, threadId);
        PostView opening = posts.find(threadId, thread.openingPostId()).map(post -> PostView.of(post.toPost(), markdown)).orElse(null);
        return ThreadView.of(thread, opening);
    }

    ThreadView retitle(String forumId, String threadId, TitleRequest request, Actor actor) {
        Forum forum = catalog.require(forumId);
        ForumThread thread = thread(forumId, threadId).toThread();
        thread.requireAuthor(actor);
        mayWrite(forum, actor);
        threads.retitle(thread.retitle(actor, request.title(), now()));
        return one(forumId, threadId);
    }

    PostView reply(String forumId, String threadId, PostRequest request, Actor actor, String displayName) {
        mayWrite(catalog.require(forumId), actor);
        thread(forumId, threadId);
        Instant now = now();
        Post reply = Post.write(UUID.randomUUID().toString(), forumId, threadId, new Author(actor.accountId(), displayName),
                request.body(), now);
        long stamp = stamps.next(now);
        posts.insert(reply, stamp);
        threads.touch(threadId, now, stamp, posts.count(threadId));
        return PostView.of(reply, markdown);
    }

    PageView<PostView> posts(String forumId, String threadId, Paging paging) {
        catalog.require(forumId);
        thread(forumId, threadId);
        return PageView.of(posts.page(threadId, paging).stream().map(post -> PostView.of(post.toPost(), markdown)).toList(),
                paging, posts.count(threadId));
    }

    PostView edit(String forumId, String threadId, String postId, PostRequest request, Actor actor) {
        Forum forum = catalog.require(forumId);
        Post post = post(forumId, threadId, postId);
        post.requireAuthor(actor, "edits");
        mayWrite(forum, actor);
        Post edited = post.edit(actor, request.body(), now());
        if (!posts.edit(edited)) {
            throw new Forum.InvalidTransition(Forum.InvalidTransition.POST_DELETED, "The post was deleted; it cannot be edited");
        }
        return PostView.of(edited, markdown);
    }

    /** Deletes one's own post, whatever the forum's state: people may always take back what they wrote. */
    void delete(String forumId, String threadId, String postId, Actor actor) {
        catalog.require(forumId);
        Post post = post(forumId, threadId, postId);
        Post deleted = post.delete(actor, now());
        if (deleted != post) {
            posts.delete(deleted);
        }
    }

    /** Now, to the millisecond: what the database keeps, so a write's answer and later reads show the same times. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private void mayWrite(Forum forum, Actor actor) {
        Participation.requireMayWrite(forum, actor, members.isMember(forum.forumId(), actor.accountId()));
    }

    private ThreadDocument thread(String forumId, String threadId) {
        return threads.find(forumId, threadId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No thread with id " + threadId + " in this forum"));
    }

    private Post post(String forumId, String threadId, String postId) {
        thread(forumId, threadId);
        return posts.find(threadId, postId).map(PostDocument::toPost)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No post with id " + postId + " in this thread"));
    }
}
