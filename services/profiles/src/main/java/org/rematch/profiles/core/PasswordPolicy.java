package org.rematch.profiles.core;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * At least 12 characters; at most 72 bytes in UTF-8, because bcrypt ignores (and Spring Security refuses) anything
 * beyond 72 bytes, which would otherwise turn a long password into a server error.
 */
public final class PasswordPolicy {

    public static final int MIN_CHARACTERS = 12;
    public static final int MAX_UTF8_BYTES = 72;

    private PasswordPolicy() {
    }

    /** Why the password is not acceptable, or empty when it is. */
    public static Optional<String> problem(String password) {
        if (password == null || password.isEmpty()) {
            return Optional.of("must not be empty");
        }
        if (password.codePointCount(0, password.length()) < MIN_CHARACTERS) {
            return Optional.of("must be at least " + MIN_CHARACTERS + " characters");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_UTF8_BYTES) {
            return Optional.of("must be at most " + MAX_UTF8_BYTES + " bytes");
        }
        return Optional.empty();
    }

    public static boolean acceptable(String password) {
        return problem(password).isEmpty();
    }

    /** Whether a password could be checked against a hash at all (bcrypt refuses more than 72 bytes). */
    public static boolean checkable(String password) {
        return password != null && password.getBytes(StandardCharsets.UTF_8).length <= MAX_UTF8_BYTES;
    }
}
