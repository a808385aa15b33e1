package org.rematch.contracts.mentees;

public enum MenteeStatus {
    SEEKING, PAIRED, PAUSED, WITHDRAWN, MATCHED
}
