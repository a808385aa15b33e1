package org.rematch.directory.listing.domain;

import java.time.ZoneId;
import java.util.Locale;
import java.util.Set;

/** The international code lists the directory checks against: what the JDK knows, not a hand-made copy. */
public final class Codes {

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());
    private static final Set<String> TIME_ZONES = Set.copyOf(ZoneId.getAvailableZoneIds());

    private Codes() {
    }

    /** An ISO 3166-1 alpha-2 code in upper case, e.g. PK. */
    public static boolean isCountry(String code) {
        return code != null && COUNTRIES.contains(code);
    }

    /** An ISO 639-1 code in lower case, e.g. ur. */
    public static boolean isLanguage(String code) {
        return code != null && code.length() == 2 && LANGUAGES.contains(code);
    }

    /** An IANA time zone id, e.g. America/Chicago. */
    public static boolean isTimeZone(String id) {
        return id != null && TIME_ZONES.contains(id);
    }
}
