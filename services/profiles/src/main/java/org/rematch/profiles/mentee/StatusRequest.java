package org.rematch.profiles.mentee;

import org.rematch.contracts.mentees.MenteeStatus;

/** The body of PUT /api/mentees/me/status: the status the mentee chooses. */
record StatusRequest(MenteeStatus status) {
}
