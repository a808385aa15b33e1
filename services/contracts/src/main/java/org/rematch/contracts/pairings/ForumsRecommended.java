package org.rematch.contracts.pairings;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.rematch.contracts.mentees.ForumJoining;

/**
 * Peer forums that share the mentee's path. {@code joining} carries the mentee's choice at the time of the
 * recommendation: forums invites them, or joins them right away (under {@code menteeDisplayName}).
 */
public record ForumsRecommended(String menteeId, String menteeDisplayName, List<RecommendedForum> forums, ForumJoining joining,
        Instant recommendedAt) implements PairingEvent {

    public ForumsRecommended {
        joining = joining == null ? ForumJoining.INVITE : joining; // events from before the choice existed
    }

    /** A forum and the path tags it shares with the mentee. */
    public record RecommendedForum(String forumId, String name, Set<String> sharedTags) {
    }
}
