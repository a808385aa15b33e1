package org.rematch.contracts.mentees;

/** What a mentee wants done when matching recommends peer forums: be invited, or be joined to them right away. */
public enum ForumJoining {
    INVITE, JOIN_AUTOMATICALLY
}
