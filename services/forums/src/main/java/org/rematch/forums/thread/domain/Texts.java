package org.rematch.forums.thread.domain;

import java.util.ArrayList;
import java.util.List;
import org.rematch.forums.forum.domain.Violation;

/**
 * The limits on what people write. Lengths count UTF-16 characters, as the browser's maxlength does. A title is one
 * line (it is shown in lists); a body is CommonMark, kept as written, and must say something.
 */
public final class Texts {

    public static final int MIN_TITLE = 3;
    public static final int MAX_TITLE = 200;
    public static final int MAX_BODY = 20_000;

    private Texts() {
    }

    /** What is wrong with {@code title} (judged without surrounding whitespace, which is not stored), each named {@code field}. */
    public static List<Violation> titleProblems(String field, String title) {
        List<Violation> problems = new ArrayList<>();
        if (title == null || title.isBlank()) {
            problems.add(new Violation(field, "must not be blank"));
            return problems;
        }
        String stripped = title.strip();
        if (stripped.length() < MIN_TITLE || stripped.length() > MAX_TITLE) {
            problems.add(new Violation(field, "must be " + MIN_TITLE + " to " + MAX_TITLE + " characters"));
        }
        if (stripped.chars().anyMatch(Character::isISOControl)) {
            problems.add(new Violation(field, "must be a single line without control characters"));
        }
        return problems;
    }

    /** What is wrong with {@code body}, named {@code field}. */
    public static List<Violation> bodyProblems(String field, String body) {
        if (body == null || body.isBlank()) {
            return List.of(new Violation(field, "must not be blank"));
        }
        if (body.length() > MAX_BODY) {
            return List.of(new Violation(field, "must be at most " + MAX_BODY + " characters"));
        }
        return List.of();
    }
}
