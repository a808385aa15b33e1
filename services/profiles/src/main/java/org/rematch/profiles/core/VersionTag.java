package org.rematch.profiles.core;

import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A profile version as an HTTP entity tag: {@code "3"}. An If-Match header is read back into the version it names;
 * a weak tag (W/"3") names the same version; a list, {@code *} or anything else names none.
 */
public final class VersionTag {

    private static final Pattern TAG = Pattern.compile("(?:W/)?\"([0-9]{1,18})\"");

    private VersionTag() {
    }

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    public static OptionalLong parse(String header) {
        if (header == null) {
            return OptionalLong.empty();
        }
        Matcher matcher = TAG.matcher(header.strip());
        return matcher.matches() ? OptionalLong.of(Long.parseLong(matcher.group(1))) : OptionalLong.empty();
    }
}
