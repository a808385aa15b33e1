package org.rematch.directory.listing.domain;

import java.util.List;
import java.util.stream.Collectors;

/** Input that breaks the directory's rules; carries every violation found, not just the first. */
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

    public List<Violation> violations() {
        return violations;
    }
}
