package org.rematch.kit.messaging;

import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

/** Hourly, forgets handled-event marks past their retention. */
public class ProcessedEventsPruning {

    private static final Logger log = LoggerFactory.getLogger(ProcessedEventsPruning.class);

    private final ProcessedEvents processedEvents;
    private final Duration retention;
    private final Clock clock;

    public ProcessedEventsPruning(ProcessedEvents processedEvents, Duration retention, Clock clock) {
        this.processedEvents = processedEvents;
        this.retention = retention;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${rematch.messaging.processed-events-pruning-interval:1h}", initialDelayString = "1m")
    public void prune() {
        long forgotten = processedEvents.forgetOlderThan(retention, clock.instant());
        if (forgotten > 0) {
            log.info("Forgot {} handled-event marks older than {}", forgotten, retention);
        }
    }
}
