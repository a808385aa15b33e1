package org.rematch.notifications.email;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * What both senders do when a try fails: how long to wait before the next (doubling, capped), how the failure is
 * recorded, and how loudly it is logged: INFO for the first few, WARN from {@code warn-after-attempts} on, every time.
 */
@Component
class SendFailures {

    private static final Logger log = LoggerFactory.getLogger(SendFailures.class);
    private static final int MAX_ERROR = 500;

    private final EmailSettings settings;

    SendFailures(EmailSettings settings) {
        this.settings = settings;
    }

    /** The wait after the {@code attempts}-th failure in a row. */
    Duration waitAfter(int attempts) {
        return settings.retrySchedule().after(attempts);
    }

    /** The failure as it is stored: its type and message, cut to a sane length. */
    String describe(RuntimeException failure) {
        String error = failure.getClass().getSimpleName() + ": " + failure.getMessage();
        return error.length() > MAX_ERROR ? error.substring(0, MAX_ERROR) : error;
    }

    void log(String what, int attempts, Duration wait, String error) {
        if (attempts >= settings.warnAfterAttempts()) {
            log.warn("{} still failed after {} tries; trying again in {}: {}", what, attempts, wait, error);
        } else {
            log.info("{} failed (try {}); trying again in {}: {}", what, attempts, wait, error);
        }
    }
}
