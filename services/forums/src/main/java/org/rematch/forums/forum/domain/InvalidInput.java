package org.rematch.forums.forum.domain;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Input that breaks a forum rule (a title too short, a blank body, a page size out of range). Carries every violation
 * found, not just the first, so a person fixes a form in one go; the web layer answers 400 naming each field.
 */
public final class InvalidInput extends IllegalArgumentException {

    private final transient List<Violation> violations;

    public InvalidInput(List<Violation> violations) {
        super(violations.stream().map(v -> "'" + v.field() + "' " + v.message()).collect(Collectors.joining("; ")));
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("an InvalidInput needs at least one violation");
        }
        this.violations = List.copyOf(violations);
    }

    public static InvalidInput of(String field, String message) {
        return new InvalidInput(List.of(new Violation(field, message)));
    }

    /** Throws an InvalidInput carrying {@code violations}, if there are any. */
    public static void throwIfAny(List<Violation> violations) {
        if (!violations.isEmpty()) {
            throw new InvalidInput(violations);
        }
    }

    public List<Violation> violations() {
        return violations;
    }
}
