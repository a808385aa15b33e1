package org.rematch.forums.forum.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A tag that places a forum on a path, such as {@code specialty:IM}, {@code country:PK}, {@code visa:J1},
 * {@code cycle:2026} or {@code goal:research}. Matching recommends forums whose tags a mentee's path shares, so the
 * code dimensions (specialty, country, visa) are kept upper case, the way the mentee's path states them;
 * cycle and goal values keep their spelling.
 */
public record PathTag(Dimension dimension, String value) implements Comparable<PathTag> {

    /** The accepted spelling of a tag; the dimension is lower case. */
    public static final String PATTERN = "^(specialty|country|visa|cycle|goal):[A-Za-z0-9_-]{1,20}$";

    private static final Pattern SYNTAX = Pattern.compile("^(specialty|country|visa|cycle|goal):([A-Za-z0-9_-]{1,20})$");
    private static final Pattern VALUE = Pattern.compile("^[A-Za-z0-9_-]{1,20}$");

    public enum Dimension {
        SPECIALTY(true), COUNTRY(true), VISA(true), CYCLE(false), GOAL(false);

        private final boolean code;

        Dimension(boolean code) {
            this.code = code;
        }

        public String prefix() {
            return name().toLowerCase(Locale.ROOT);
        }

        String canonical(String value) {
            return code ? value.toUpperCase(Locale.ROOT) : value;
        }

        static Dimension ofPrefix(String prefix) {
            return Arrays.stream(values()).filter(d -> d.prefix().equals(prefix)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("Unknown tag dimension '" + prefix + "'"));
        }
    }

    public PathTag {
        Objects.requireNonNull(dimension, "dimension");
        if (value == null || !VALUE.matcher(value).matches()) {
            throw new IllegalArgumentException("A tag value is 1 to 20 letters, digits, '_' or '-'");
        }
        value = dimension.canonical(value);
    }

    /** Reads a tag such as {@code specialty:IM}; throws IllegalArgumentException for anything else. */
    public static PathTag parse(String tag) {
        Matcher matcher = tag == null ? null : SYNTAX.matcher(tag);
        if (matcher == null || !matcher.matches()) {
            throw new IllegalArgumentException("'" + tag + "' is not a path tag like specialty:IM, country:PK, visa:J1, "
                    + "cycle:2026 or goal:research");
        }
        return new PathTag(Dimension.ofPrefix(matcher.group(1)), matcher.group(2));
    }

    public static boolean isValid(String tag) {
        return tag != null && SYNTAX.matcher(tag).matches();
    }

    @Override
    public int compareTo(PathTag other) {
        return toString().compareTo(other.toString());
    }

    /** The canonical spelling, e.g. {@code specialty:IM}. */
    @Override
    public String toString() {
        return dimension.prefix() + ":" + value;
    }
}
