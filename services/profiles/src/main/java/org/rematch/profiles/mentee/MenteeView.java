package org.rematch.profiles.mentee;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.rematch.contracts.mentees.MenteeStatus;
import org.rematch.profiles.core.MenteePath;

/**
 * A mentee's profile as the mentee sees it (nobody else reads it here): their id, name, status and version, then every
 * field of the path at the top level, exactly as POST /api/mentees and PUT /api/mentees/me take them.
 */
public record MenteeView(String menteeId, String displayName, MenteeStatus status, long version,
        @JsonUnwrapped MenteePath path) {

    public static MenteeView of(Mentee mentee) {
        return new MenteeView(mentee.menteeId(), mentee.displayName(), mentee.status(), mentee.version(), mentee.path());
    }
}
