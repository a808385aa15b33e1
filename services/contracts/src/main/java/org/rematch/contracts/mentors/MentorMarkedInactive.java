package org.rematch.contracts.mentors;

import java.time.Duration;
import java.time.Instant;

/**
 * Matching stopped proposing mentees to a mentor because {@code unansweredInARow} proposals in a row expired without an
 * answer. The directory marks the listing inactive (not accepting) and shows the mentor why; the mentor reactivates it.
 *
 * @param respondWithin how long a mentor has to answer a proposal
 * @param markedAt      when the last of those proposals expired
 */
public record MentorMarkedInactive(String mentorId, int unansweredInARow, Duration respondWithin, Instant markedAt) {
}
