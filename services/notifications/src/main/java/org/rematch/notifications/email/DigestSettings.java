package org.rematch.notifications.email;

import java.time.LocalTime;
import java.time.ZoneId;
import org.rematch.notifications.email.core.DigestSchedule;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * When the daily digest goes out ({@code rematch.notifications.digest.*}; defaults in application.properties): at
 * {@code time} (ISO, e.g. 08:00) in time zone {@code zone} (e.g. UTC, America/Chicago). Read at start, so a typo stops
 * the service instead of the digests.
 */
@ConfigurationProperties("rematch.notifications.digest")
record DigestSettings(String time, String zone) {

    DigestSettings {
        schedule(time, zone);
    }

    DigestSchedule schedule() {
        return schedule(time, zone);
    }

    private static DigestSchedule schedule(String time, String zone) {
        return new DigestSchedule(LocalTime.parse(time), ZoneId.of(zone));
    }
}
