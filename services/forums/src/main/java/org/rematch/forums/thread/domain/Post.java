package org.rematch.forums.thread.domain;

import java.time.Instant;
import java.util.Objects;
import org.rematch.forums.forum.domain.Actor;
import org.rematch.forums.forum.domain.Forum;
import org.rematch.forums.forum.domain.InvalidInput;

/**
 * A post in a thread: a CommonMark body by its author. Only the author edits or deletes it. A deleted post keeps its
 * place in the thread (so the replies around it still read in order) but loses its body; deleting twice changes
 * nothing. An erased author's posts are deleted that way and lose the author too ({@link #erased}). Limits are
 * checked where text comes in ({@link #write}, {@link #edit}), so a tightened limit never makes old posts unreadable.
 */
public record Post(String postId, String forumId, String threadId, Author author, String body, Instant createdAt,
        Instant editedAt, Instant deletedAt) {

    public Post {
        Objects.requireNonNull(postId, "postId");
        Objects.requireNonNull(forumId, "forumId");
        Objects.requireNonNull(threadId, "threadId");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(createdAt, "createdAt");
        if (deletedAt != null) {
            body = null;
        }
    }

    /** A new post; the body must meet {@link Texts}' limits. */
    public static Post write(String postId, String forumId, String threadId, Author author, String body, Instant at) {
        InvalidInput.throwIfAny(Texts.bodyProblems("body", body));
        return new Post(postId, forumId, threadId, author, body, at, null, null);
    }

    public boolean deleted() {
        return deletedAt != null;
    }

    /** The post with a new body, by its author; a deleted post stays deleted. */
    public Post edit(Actor actor, String newBody, Instant at) {
        requireAuthor(actor, "edits");
        if (deleted()) {
            throw new Forum.InvalidTransition(Forum.InvalidTransition.POST_DELETED, "The post was deleted; it cannot be edited");
        }
        InvalidInput.throwIfAny(Texts.bodyProblems("body", newBody));
        return new Post(postId, forumId, threadId, author, newBody, createdAt, at, null);
    }

    /** The post deleted by its author: the body goes, the place stays. Deleting a deleted post changes nothing. */
    public Post delete(Actor actor, Instant at) {
        requireAuthor(actor, "deletes");
        return deleted() ? this : new Post(postId, forumId, threadId, author, null, createdAt, editedAt, at);
    }

    /** What an erased author's post becomes: deleted, by nobody. */
    public Post erased(Instant at) {
        return new Post(postId, forumId, threadId, Author.ERASED, null, createdAt, editedAt, deleted() ? deletedAt : at);
    }

    public void requireAuthor(Actor actor, String verb) {
        if (!author.is(actor.accountId())) {
            throw new Forum.NotAllowed(Forum.NotAllowed.NOT_THE_AUTHOR, "Only its author " + verb + " a post");
        }
    }
}
