package org.rematch.forums.invitation;

import java.time.Instant;
import java.util.List;

/** A forum the caller is invited to, with what they share with it and what it is about, so they can decide. */
public record InvitationView(String forumId, String forumName, String description, List<String> tags, int memberCount,
        List<String> sharedTags, Instant invitedAt) {
}
