package org.rematch.forums.membership;

import org.rematch.forums.forum.domain.Actor;

/**
 * What moderation says about joining, asked without memberships knowing moderation: a person banned from the forum,
 * or suspended, cannot (re)join it (403 with the sanction's code, reason and end).
 */
public interface JoinChecks {

    void requireMayJoin(String forumId, Actor actor);

    /** Whether {@link #requireMayJoin} would let the person join. */
    boolean mayJoin(String forumId, Actor actor);
}
