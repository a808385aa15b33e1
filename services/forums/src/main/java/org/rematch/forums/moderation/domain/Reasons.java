package org.rematch.forums.moderation.domain;

import java.util.List;
import org.rematch.forums.forum.domain.InvalidInput;
import org.rematch.forums.forum.domain.Violation;

/**
 * Every moderation action carries the moderator's reason: the person it touches is told it, and the audit log keeps
 * it, so a moderator's decision can always be understood (and questioned) later. Reporters' notes are shorter context.
 */
public final class Reasons {

    public static final int MAX_REASON = 500;
    public static final int MAX_NOTE = 500;

    private Reasons() {
    }

    /** The stripped reason, or an InvalidInput naming {@code field}. */
    public static String require(String field, String reason) {
        InvalidInput.throwIfAny(problems(field, reason));
        return reason.strip();
    }

    public static List<Violation> problems(String field, String reason) {
        if (reason == null || reason.isBlank()) {
            return List.of(new Violation(field, "must not be blank: say why, the member and the audit log are told"));
        }
        if (reason.strip().length() > MAX_REASON) {
            return List.of(new Violation(field, "must be 1 to " + MAX_REASON + " characters"));
        }
        return List.of();
    }

    /** A reporter's optional note: null when blank, at most {@value #MAX_NOTE} characters. */
    public static List<Violation> noteProblems(String field, String note) {
        if (note != null && note.strip().length() > MAX_NOTE) {
            return List.of(new Violation(field, "must be at most " + MAX_NOTE + " characters"));
        }
        return List.of();
    }
}
