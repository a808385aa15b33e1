package org.rematch.notifications.email.core;

import java.time.Instant;
import java.time.LocalDate;
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

    /**
     * The latest digest moment at or before {@code now}: today's when it has passed, else yesterday's. Each day's moment
     * is computed from its own date: a time that falls in a clock change's gap moves on by the gap on that day only
     * (shifting yesterday's from today's would carry today's shift into yesterday, and send a second digest).
     */
    public Instant latestAtOrBefore(Instant now) {
        LocalDate today = now.atZone(zone).toLocalDate();
        ZonedDateTime todays = today.atTime(time).atZone(zone);
        return (todays.toInstant().isAfter(now) ? today.minusDays(1).atTime(time).atZone(zone) : todays).toInstant();
    }
}
