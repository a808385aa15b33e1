package org.rematch.notifications.email.core;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * When the daily digest goes out: every day at {@code time} in {@code zone}. A digest holds the items queued before its
 * moment, and a person gets at most one digest per moment.
 */
public record DigestSchedule(LocalTime time, ZoneId zone) {

    public DigestSchedule {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(zone, "zone");
    }

    /** The latest digest moment at or before {@code now}: today's when it has passed, else yesterday's. */
    public Instant latestAtOrBefore(Instant now) {
        ZonedDateTime today = now.atZone(zone).toLocalDate().atTime(time).atZone(zone);
        return (today.toInstant().isAfter(now) ? today.minusDays(1) : today).toInstant();
    }
}
