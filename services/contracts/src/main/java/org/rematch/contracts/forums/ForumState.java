package org.rematch.contracts.forums;

public enum ForumState {
    OPEN, LOCKED, ARCHIVED
}
