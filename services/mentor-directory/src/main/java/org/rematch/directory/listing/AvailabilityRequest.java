package org.rematch.directory.listing;

import java.time.LocalDate;

/**
 * PUT /api/mentors/me/availability: {"accepting": true}, {"accepting": false} (closed until reopened) or
 * {"pausedUntil": "2027-01-15"} (the first day the mentor accepts again; accepting may be false or left out).
 */
public record AvailabilityRequest(Boolean accepting, LocalDate pausedUntil) {
}
