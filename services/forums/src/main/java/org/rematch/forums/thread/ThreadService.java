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

    static final String THREAD_LOCKED = "THREAD_LOCKED";

    private final ForumCatalog catalog;
    private final Members members;
    private final Threads threads;
    private final Posts posts;
    private final Markdown markdown;
    private final Stamps stamps;
    private final WritingChecks checks;
    private final Clock clock;

    ThreadService(ForumCatalog catalog, Members members, Threads threads, Posts posts, Markdown markdown, Stamps stamps,
            WritingChecks checks, Clock clock) {
        this.catalog = catalog;
        this.members = members;
        this.threads = threads;
        this.posts = posts;
        this.markdown = markdown;
        this.stamps = stamps;
        this.checks = checks;
        this.clock = clock;
    }

    ThreadView start(String forumId, ThreadRequest request, Actor actor, String displayName) {
        Forum forum = catalog.require(forumId);
        mayWrite(forum, actor);
        Instant now = now();
        ForumThread.Opening opening = ForumThread.start(UUID.randomUUID().toString(), UUID.randomUUID().toString(), forumId,
                request.title(), request.body(), new Author(actor.accountId(), displayName), now);
        Instant heldAt = checks.admitNewPost(forum, actor) ? now : null;
        long stamp = stamps.next(now);
        posts.insert(opening.post(), stamp, heldAt);
        ThreadDocument thread = threads.insert(opening.thread(), opening.post().postId(), stamp, heldAt);
        return ThreadView.of(thread, PostView.of(PostDocument.of(opening.post(), stamp, heldAt), markdown, viewer(forum, actor)));
    }

    PageView<ThreadView> list(String forumId, Actor actor, Paging paging) {
        Viewer viewer = viewer(catalog.require(forumId), actor);
        return PageView.of(threads.page(forumId, viewer, paging).stream().map(thread -> ThreadView.of(thread, null)).toList(), paging,
                threads.count(forumId, viewer));
    }

    ThreadView one(String forumId, String threadId, Actor actor) {
        Viewer viewer = viewer(catalog.require(forumId), actor);
        ThreadDocument thread = thread(forumId, threadId, viewer);
        PostView opening = posts.find(threadId, thread.openingPostId()).map(post -> PostView.of(post, markdown, viewer)).orElse(null);
        return ThreadView.of(thread, opening);
    }

    ThreadView retitle(String forumId, String threadId, TitleRequest request, Actor actor) {
        Forum forum = catalog.require(forumId);
        ThreadDocument document = thread(forumId, threadId, viewer(forum, actor));
        ForumThread thread = document.toThread();
        thread.requireAuthor(actor);
        mayWrite(forum, actor);
        requireUnlocked(document);
        threads.retitle(thread.retitle(actor, request.title(), now()));
        return one(forumId, threadId, actor);
    }

    PostView reply(String forumId, String threadId, PostRequest request, Actor actor, String displayName) {
        Forum forum = catalog.require(forumId);
        mayWrite(forum, actor);
        requireUnlocked(thread(forumId, threadId, viewer(forum, actor)));
        Instant now = now();
        Post reply = Post.write(UUID.randomUUID().toString(), forumId, threadId, new Author(actor.accountId(), displayName),
                request.body(), now);
        Instant heldAt = checks.admitNewPost(forum, actor) ? now : null;
        long stamp = stamps.next(now);
        posts.insert(reply, stamp, heldAt);
        if (heldAt == null) {
            threads.touch(threadId, now, stamp, posts.count(threadId));
        }
        return PostView.of(PostDocument.of(reply, stamp, heldAt), markdown, viewer(forum, actor));
    }

    PageView<PostView> posts(String forumId, String threadId, Actor actor, Paging paging) {
        Viewer viewer = viewer(catalog.require(forumId), actor);
        thread(forumId, threadId, viewer);
        return PageView.of(posts.page(threadId, viewer, paging).stream().map(post -> PostView.of(post, markdown, viewer)).toList(),
                paging, posts.count(threadId, viewer));
    }

    PostView edit(String forumId, String threadId, String postId, PostRequest request, Actor actor) {
        Forum forum = catalog.require(forumId);
        Viewer viewer = viewer(forum, actor);
        ThreadDocument thread = thread(forumId, threadId, viewer);
        PostDocument document = post(thread, postId, viewer);
        Post post = document.toPost();
        post.requireAuthor(actor, "edits");
        mayWrite(forum, actor);
        requireUnlocked(thread);
        Post edited = post.edit(actor, request.body(), now());
        if (!posts.edit(edited)) {
            throw new Forum.InvalidTransition(Forum.InvalidTransition.POST_DELETED, "The post was deleted; it cannot be edited");
        }
        return PostView.of(posts.find(threadId, postId).orElseThrow(), markdown, viewer);
    }

    /** Deletes one's own post, whatever the forum's state: people may always take back what they wrote. */
    void delete(String forumId, String threadId, String postId, Actor actor) {
        Viewer viewer = viewer(catalog.require(forumId), actor);
        Post post = post(thread(forumId, threadId, viewer), postId, viewer).toPost();
        Post deleted = post.delete(actor, now());
        if (deleted != post) {
            posts.delete(deleted);
        }
    }

    /** Now, to the millisecond: what the database keeps, so a write's answer and later reads show the same times. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    /**
     * The forum's state first (it is the answer for everyone), then the writer's standing (a banned person is told they
     * are banned, not that they should join), then membership.
     */
    private void mayWrite(Forum forum, Actor actor) {
        forum.requireOpenForWriting();
        checks.requireInGoodStanding(forum.forumId(), actor);
        Participation.requireMayWrite(forum, actor, members.isMember(forum.forumId(), actor.accountId()));
    }

    private static void requireUnlocked(ThreadDocument thread) {
        if (thread.locked()) {
            throw new Forum.InvalidTransition(THREAD_LOCKED,
                    "A moderator locked this thread: it can be read, but it takes no replies or edits");
        }
    }

    private static Viewer viewer(Forum forum, Actor actor) {
        return new Viewer(actor.accountId(), forum.moderatedBy(actor));
    }

    /** The thread, if it is in this forum and the viewer may see it (a held thread is not found by others). */
    private ThreadDocument thread(String forumId, String threadId, Viewer viewer) {
        return threads.find(forumId, threadId).filter(thread -> thread.visibleTo(viewer))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No thread with id " + threadId + " in this forum"));
    }

    private PostDocument post(ThreadDocument thread, String postId, Viewer viewer) {
        return posts.find(thread.threadId(), postId).filter(post -> !post.held() || viewer.moderator() || viewer.is(post.authorId()))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No post with id " + postId + " in this thread"));
    }
}
