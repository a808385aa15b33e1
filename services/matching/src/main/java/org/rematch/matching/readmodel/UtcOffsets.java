package org.rematch.matching.readmodel;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The standard (non-daylight-saving) UTC offset of an IANA time zone, in minutes, for comparing how far apart a mentor
 * and a mentee live. Standard offsets change only when a country changes its law, so each zone's is looked up once per
 * process: ranking a surge batch compares thousands of pairs.
 */
public final class UtcOffsets {

    private static final Map<String, Optional<Integer>> STANDARD_MINUTES = new ConcurrentHashMap<>();

    private UtcOffsets() {
    }

    /** The zone's standard offset in minutes, or null for a blank or unknown zone. */
    public static Integer standardMinutes(String zone) {
        if (zone == null || zone.isBlank()) {
            return null;
        }
        return STANDARD_MINUTES.computeIfAbsent(zone, UtcOffsets::lookUp).orElse(null);
    }

    private static Optional<Integer> lookUp(String zone) {
        try {
            return Optional.of(ZoneId.of(zone).getRules().getStandardOffset(Instant.now()).getTotalSeconds() / 60);
        } catch (DateTimeException unknown) {
            return Optional.empty();
        }
    }
}
