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
    /** To a mentee: peer forums that share their path. */
    FORUMS_RECOMMENDED
}
