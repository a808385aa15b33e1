package org.rematch.testsupport.authz;

import java.util.Arrays;
import java.util.Optional;

/**
 * The people an authorization matrix asks about, one column each. "mentee" and "mentor" own (or are party to) the
 * resource a row is about; "other mentee" and "other mentor" have the same role but no part in it.
 */
public enum Caller {
    ANONYMOUS("anonymous", null),
    MENTEE("mentee", "MENTEE"),
    OTHER_MENTEE("other mentee", "MENTEE"),
    MENTOR("mentor", "MENTOR"),
    OTHER_MENTOR("other mentor", "MENTOR"),
    MODERATOR("moderator", "MODERATOR"),
    ADMIN("admin", "ADMIN");

    private final String column;
    private final String role;

    Caller(String column, String role) {
        this.column = column;
        this.role = role;
    }

    public String column() {
        return column;
    }

    /** The role in this caller's token; empty for the anonymous caller, who sends none. */
    public Optional<String> role() {
        return Optional.ofNullable(role);
    }

    static Caller ofColumn(String column) {
        return Arrays.stream(values()).filter(caller -> caller.column.equals(column)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown matrix column '" + column + "'"));
    }
}
