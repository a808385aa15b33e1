package org.rematch.forums.thread.domain;

import org.rematch.forums.forum.domain.Actor;
import org.rematch.forums.forum.domain.Forum;

/**
 * Who may write in a forum (start a thread, reply, edit their own words): its members and its moderators (admins
 * moderate every forum), and only while it is open. The forum's state is checked first: when a forum is locked, that
 * is the answer for everyone, member or not.
 */
public final class Participation {

    private Participation() {
    }

    public static void requireMayWrite(Forum forum, Actor actor, boolean member) {
        forum.requireOpenForWriting();
        if (!member && !forum.moderatedBy(actor)) {
            throw new Forum.NotAllowed(Forum.NotAllowed.NOT_A_MEMBER, "Join this forum to post in it");
        }
    }
}
