package org.rematch.contracts.accounts;

public enum Role {
    MENTEE, MENTOR, MODERATOR, ADMIN
}
