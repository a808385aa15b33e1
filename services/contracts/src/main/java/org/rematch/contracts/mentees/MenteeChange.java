package org.rematch.contracts.mentees;

/** What changed in the mentee snapshot that carries it. */
public enum MenteeChange {
    REGISTERED, UPDATED, STATUS_CHANGED, WITHDRAWN
}
