package org.rematch.notifications.inbox.core;

/** What an inbox item tells its recipient. */
public enum InboxItemType {
    /** To a mentor: matching proposes a mentee. */
    PAIRING_PROPOSED,
    /** To a mentee: the proposed mentor accepted. */
    PAIRING_ACCEPTED,
    /** To a mentee: the proposed mentor declined; matching looks for the next one (never named). */
    PAIRING_REMATCHING,
    /** To a mentee: peer forums that share their path. */
    FORUMS_RECOMMENDED
}
