package org.rematch.profiles.core;

import java.util.Locale;

/** Email addresses are compared and stored lower-cased and trimmed, so one person cannot register twice by case. */
public final class Emails {

    private Emails() {
    }

    public static String normalize(String email) {
        return email == null ? null : email.trim().toLowerCase(Locale.ROOT);
    }
}
