package org.rematch.forums.thread;

import org.rematch.forums.forum.domain.Actor;
import org.rematch.forums.forum.domain.Forum;

/**
 * What moderation says about writing, asked by threads without threads knowing moderation (moderation implements it
 * and depends on threads, not the other way round).
 */
public interface WritingChecks {

    /** Refuses (403 with the sanction's code, reason and end) a person muted or banned in the forum, or suspended. */
    void requireInGoodStanding(String forumId, Actor actor);

    /**
     * For a new thread or reply that passed every other check: refuses it under slow mode (429), and says whether it is
     * to be held for approval (the forum holds first-day posts and the writer joined less than 24 hours ago).
     */
    boolean admitNewPost(Forum forum, Actor actor);
}
