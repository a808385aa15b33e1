package org.rematch.forums.moderation.domain;

import org.rematch.contracts.accounts.Role;
import org.rematch.forums.forum.domain.Actor;
import org.rematch.forums.forum.domain.Forum;

/**
 * Who may do what. A forum's own moderators (holding the MODERATOR role) act in that forum only; admins act in every
 * forum; only admins suspend a person from all forums. Nobody sanctions themselves or one of the forum's moderators:
 * a dispute between moderators goes to an admin, who removes the moderator rather than muting them.
 */
public final class ModerationRights {

    public static final String NOT_A_MODERATOR = "NOT_A_MODERATOR";

    private ModerationRights() {
    }

    public static void requireModerator(Forum forum, Actor actor) {
        if (!forum.moderatedBy(actor)) {
            throw new Forum.NotAllowed(NOT_A_MODERATOR, "Only this forum's moderators (and admins) do that");
        }
    }

    /** May see some moderation queue or audit log: moderators (of their forums) and admins (of all). */
    public static void requireSomeModerationRole(Actor actor) {
        if (!actor.has(Role.MODERATOR) && !actor.has(Role.ADMIN)) {
            throw new Forum.NotAllowed(NOT_A_MODERATOR, "Only moderators and admins see moderation queues and logs");
        }
    }

    public static void requireMaySanction(Forum forum, Actor actor, String accountId) {
        requireModerator(forum, actor);
        requireNotSelfOrModerator(actor, accountId, forum.moderators().contains(accountId));
    }

    public static void requireMaySuspend(Actor actor, String accountId) {
        if (!actor.has(Role.ADMIN)) {
            throw new Forum.NotAllowed(NOT_A_MODERATOR, "Only an admin suspends a person from all forums");
        }
        requireNotSelfOrModerator(actor, accountId, false);
    }

    private static void requireNotSelfOrModerator(Actor actor, String accountId, boolean moderatorOfForum) {
        if (actor.accountId().equals(accountId)) {
            throw new Forum.NotAllowed("OWN_ACCOUNT", "You cannot sanction yourself");
        }
        if (moderatorOfForum) {
            throw new Forum.NotAllowed("TARGET_IS_MODERATOR", "A moderator of this forum cannot be muted or banned in it; "
                    + "ask an admin");
        }
    }
}
