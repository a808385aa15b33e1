package org.rematch.notifications.inbox.core;

/** What an inbox item tells its recipient. */
public enum InboxItemType {
    /** To a mentor: matching proposes a mentee. */
    PAIRING_PROPOSED,
    /** To a mentee: the proposed mentor accepted. */
    PAIRING_ACCEPTED,
    /** To a mentor: half the time to answer a proposal has passed. */
    PAIRING_REMINDER,
    /**
     * To a mentee: the proposed mentor declined, did not answer in time, or stopped taking mentees; matching looks for
     * the next one (never named).
     */
    PAIRING_REMATCHING,
    /** To the other side: a mentorship was ended. */
    PAIRING_ENDED,
    /** To a mentee: peer forums that share their path invite them. */
    FORUMS_RECOMMENDED,
    /** To a mentee: a forum recommendation joined them to a forum, as they asked. */
    FORUM_JOINED,
    /**
     * To each moderator of a forum (its admins' when it has none): a member raised a self-harm concern there; check the
     * moderation queue now. Never names the reporter or the person reported.
     */
    MODERATION_URGENT,
    /** To a post's author: their post was hidden, by enough reports pending review or by a moderator. */
    POST_HIDDEN,
    /** To a member: a moderator muted them in a forum (they may read, not write). */
    MUTED,
    /** To a member: a moderator banned them from a forum. */
    BANNED,
    /** To a person: an admin suspended them from every forum. */
    SUSPENDED
}
