package org.rematch.forums.web;

import java.util.ArrayList;
import java.util.List;
import org.rematch.forums.forum.domain.InvalidInput;
import org.rematch.forums.forum.domain.Violation;

/**
 * Which page of a list a caller asks for: {@code page} counts from 0, {@code size} is 1–{@value #MAX_SIZE} (default
 * {@value #DEFAULT_SIZE}). Read from the raw query strings so that "abc" or "-1" is a 400 naming the parameter.
 */
public record Paging(int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 50;
    /** Far beyond any real forum; keeps page × size inside an int for the database's skip. */
    private static final int MAX_PAGE = 100_000;

    public static Paging parse(String page, String size) {
        List<Violation> problems = new ArrayList<>();
        int pageNumber = number(problems, "page", page, 0, 0, MAX_PAGE);
        int pageSize = number(problems, "size", size, DEFAULT_SIZE, 1, MAX_SIZE);
        InvalidInput.throwIfAny(problems);
        return new Paging(pageNumber, pageSize);
    }

    public long skip() {
        return (long) page * size;
    }

    private static int number(List<Violation> problems, String name, String raw, int fallback, int min, int max) {
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(raw.strip());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException notANumber) {
            // reported below like an out-of-range number
        }
        problems.add(new Violation(name, "must be a whole number from " + min + " to " + max));
        return fallback;
    }
}
