package org.rematch.forums.membership.domain;

import java.time.Instant;
import java.util.Objects;
import org.rematch.contracts.accounts.Role;
import org.rematch.contracts.forums.ForumState;
import org.rematch.contracts.forums.JoinedVia;
import org.rematch.forums.forum.domain.Actor;
import org.rematch.forums.forum.domain.Forum;

/**
 * One person's membership of one forum. Forums are for peers, so mentees and mentors join them; a forum's moderators
 * (and admins) take part in the forums they moderate without joining and are not counted as members. A locked forum
 * may still be joined (locking is a pause in posting, not a closing); an archived one may not. Leaving is always
 * allowed: nobody is kept in a forum. {@code displayName} is the name the person's token carried when they joined
 * (null if it carried none); {@code via} tells whether they joined themselves or a recommendation joined them, as
 * their preference asked.
 */
public record Membership(String forumId, String accountId, String displayName, Instant joinedAt, JoinedVia via) {

    public Membership {
        Objects.requireNonNull(forumId, "forumId");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(joinedAt, "joinedAt");
        Objects.requireNonNull(via, "via");
        displayName = displayName == null || displayName.isBlank() ? null : displayName.strip();
    }

    /** {@code actor} joins {@code forum} at {@code at}, if the rules above let them. */
    public static Membership join(Forum forum, Actor actor, String displayName, Instant at) {
        return join(forum, actor, displayName, at, JoinedVia.SELF);
    }

    /** As {@link #join(Forum, Actor, String, Instant)}, saying how they came to join. */
    public static Membership join(Forum forum, Actor actor, String displayName, Instant at, JoinedVia via) {
        if (!actor.has(Role.MENTEE) && !actor.has(Role.MENTOR)) {
            throw new Forum.NotAllowed("Mentees and mentors join forums; moderators and admins take part in the forums "
                    + "they moderate without joining");
        }
        if (forum.state() == ForumState.ARCHIVED) {
            throw new Forum.InvalidTransition(Forum.InvalidTransition.FORUM_ARCHIVED, "The forum is archived and cannot be joined");
        }
        return new Membership(forum.forumId(), actor.accountId(), displayName, at, via);
    }

    /**
     * Who the members of a forum are is for the forum's members and moderators (and admins): peers share their
     * situation there, and a list of who is in, say, a visa forum says something about each of them.
     */
    public static void requireMaySeeMembers(Forum forum, Actor actor, boolean member) {
        if (!member && !forum.moderatedBy(actor)) {
            throw new Forum.NotAllowed(Forum.NotAllowed.NOT_A_MEMBER,
                    "Only the forum's members and moderators see who its members are; join the forum to see them");
        }
    }
}
