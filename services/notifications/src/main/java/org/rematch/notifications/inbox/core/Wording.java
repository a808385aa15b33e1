package org.rematch.notifications.inbox.core;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What every kind of item writes the same way: a moment in time, a name, someone's own words. Shared so that a
 * mute's end reads like a proposal's deadline, and a forum's name is cleaned like a mentee's.
 */
public final class Wording {

    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    private static final Pattern BREAKS_AND_CONTROLS = Pattern.compile("[\\p{Cc}\\p{Z}]+");
    private static final Pattern BIDI_CONTROLS = Pattern.compile("[\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]");

    private Wording() {
    }

    /** A moment as items tell it, e.g. "Thursday 19 March 2026, 14:05 UTC": people are spread over many time zones. */
    static String moment(Instant when) {
        return MOMENT.format(when) + " UTC";
    }

    /**
     * Text written by someone (a name, a message, a moderator's reason) on one line: line breaks, tabs and other control
     * characters become single spaces, and direction overrides that could garble the rest of the item are dropped.
     */
    static String oneLine(String text) {
        return BREAKS_AND_CONTROLS.matcher(BIDI_CONTROLS.matcher(text).replaceAll("")).replaceAll(" ").strip();
    }

    /** A name on one line, or {@code fallback} when there is none. */
    public static String nameOr(String name, String fallback) {
        String clean = name == null ? "" : oneLine(name);
        return clean.isEmpty() ? fallback : clean;
    }

    /**
     * Someone's words as an item quotes them: on one line, at most {@code max} characters (a longer text is cut with an
     * ellipsis, never split inside a character), and nothing when blank.
     */
    static Optional<String> quote(String text, int max) {
        if (text == null) {
            return Optional.empty();
        }
        String words = oneLine(text);
        if (words.isEmpty()) {
            return Optional.empty();
        }
        if (words.codePointCount(0, words.length()) > max) {
            words = words.substring(0, words.offsetByCodePoints(0, max - 1)).strip() + "\u2026";
        }
        return Optional.of(words);
    }

    /** Events carry when they happened; an event without it is dated at the epoch rather than made non-deterministic. */
    static Instant at(Instant when) {
        return when == null ? Instant.EPOCH : when;
    }
}
