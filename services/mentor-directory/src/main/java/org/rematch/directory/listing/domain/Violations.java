package org.rematch.directory.listing.domain;

import java.util.ArrayList;
import java.util.List;

/** Collects violations while checking input, then throws them all at once. */
final class Violations {

    private final List<Violation> found = new ArrayList<>();

    /** Records {@code message} for {@code field} unless {@code ok}; returns {@code ok}. */
    boolean check(boolean ok, String field, String message) {
        if (!ok) {
            found.add(new Violation(field, message));
        }
        return ok;
    }

    /** Records a "required" violation when {@code value} is null; returns true when present. */
    boolean required(Object value, String field) {
        return check(value != null, field, "is required");
    }

    void add(String field, String message) {
        found.add(new Violation(field, message));
    }

    void throwIfAny() {
        if (!found.isEmpty()) {
            throw new InvalidInput(found);
        }
    }
}
