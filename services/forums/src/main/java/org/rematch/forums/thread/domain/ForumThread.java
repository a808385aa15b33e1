package org.rematch.forums.thread.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.rematch.forums.forum.domain.Actor;
import org.rematch.forums.forum.domain.Forum;
import org.rematch.forums.forum.domain.InvalidInput;
import org.rematch.forums.forum.domain.Violation;

/**
 * A conversation in a forum: a title and an opening post, then replies. The title belongs to whoever started it and
 * only they change it. An erased author leaves the thread in place, titled as it was (others' replies hang off it),
 * without their name. Limits are checked where text comes in ({@link #start}, {@link #retitle}), not when a stored
 * thread is read back, so a tightened limit never makes old threads unreadable.
 */
public record ForumThread(String threadId, String forumId, String title, Author author, Instant createdAt, Instant editedAt) {

    public ForumThread {
        Objects.requireNonNull(threadId, "threadId");
        Objects.requireNonNull(forumId, "forumId");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(title, "title");
    }

    /** A new thread and its opening post; every problem with title and body is reported at once. */
    public static Opening start(String threadId, String postId, String forumId, String title, String body, Author author,
            Instant at) {
        List<Violation> problems = new ArrayList<>(Texts.titleProblems("title", title));
        problems.addAll(Texts.bodyProblems("body", body));
        InvalidInput.throwIfAny(problems);
        return new Opening(new ForumThread(threadId, forumId, title.strip(), author, at, null),
                Post.write(postId, forumId, threadId, author, body, at));
    }

    /** The thread under a new title, by its author. */
    public ForumThread retitle(Actor actor, String newTitle, Instant at) {
        requireAuthor(actor);
        InvalidInput.throwIfAny(Texts.titleProblems("title", newTitle));
        return new ForumThread(threadId, forumId, newTitle.strip(), author, createdAt, at);
    }

    public void requireAuthor(Actor actor) {
        if (!author.is(actor.accountId())) {
            throw new Forum.NotAllowed(Forum.NotAllowed.NOT_THE_AUTHOR, "Only the person who started a thread changes its title");
        }
    }

    /** A thread as it starts: the thread and its first post. */
    public record Opening(ForumThread thread, Post post) {
    }
}
