package org.rematch.matching.proposal;

import java.time.Clock;
import java.time.Duration;
import org.rematch.matching.readmodel.MenteeReadModel;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Whether matching is in a surge (Match Monday): more than {@code rematch.matching.surge.threshold} mentees arrived
 * within {@code rematch.matching.surge.window}. In a surge a new mentee is queued for the next batch
 * ({@link SurgeBatches}) instead of being proposed first-come, so the batch can share the mentors out well.
 */
@Component
public class SurgeMode {

    private final MenteeReadModel mentees;
    private final Clock clock;
    private final long threshold;
    private final Duration window;

    public SurgeMode(MenteeReadModel mentees, Clock clock, @Value("${rematch.matching.surge.threshold:200}") long threshold,
            @Value("${rematch.matching.surge.window:60s}") Duration window) {
        this.mentees = mentees;
        this.clock = clock;
        this.threshold = threshold;
        this.window = window;
    }

    /** Queues the newly registered mentee if matching is in a surge; false (nothing done) otherwise. */
    public boolean queueIfSurging(String menteeId) {
        if (mentees.arrivedSince(clock.instant().minus(window)) <= threshold) {
            return false;
        }
        mentees.queue(menteeId);
        return true;
    }
}
