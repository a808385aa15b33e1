package org.rematch.forums.membership;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * What the other features of forums may ask about memberships: whether and since when someone is a member, and (for
 * the export) of what; and the one change moderation makes, removing a banned member (joining others is {@link Joining}).
 */
@Component
public class Members {

    private final Memberships memberships;
    private final MemberCounts counts;

    Members(Memberships memberships, MemberCounts counts) {
        this.memberships = memberships;
        this.counts = counts;
    }

    /** Whether {@code accountId} was once a member of the forum and left it themselves or was removed. */
    public boolean leftBefore(String forumId, String accountId) {
        return memberships.leftBefore(forumId, accountId);
    }

    /** When {@code accountId} joined the forum, if they are a member. */
    public Optional<Instant> joinedAt(String forumId, String accountId) {
        return memberships.find(forumId, accountId).map(MembershipDocument::joinedAt);
    }

    /**
     * Removes a member (a ban, which MemberBanned tells, so no MemberLeft); the forum publishes its new count. False if
     * they were not a member.
     */
    public boolean remove(String forumId, String accountId, Instant at) {
        boolean removed = memberships.end(forumId, accountId, at, Optional.empty());
        if (removed) {
            counts.refresh(forumId);
        }
        return removed;
    }

    /** The member's display name as they joined with it, if they are a member. */
    public Optional<String> displayName(String forumId, String accountId) {
        return memberships.find(forumId, accountId).map(MembershipDocument::displayName);
    }

    public boolean isMember(String forumId, String accountId) {
        return memberships.exists(forumId, accountId);
    }

    /** Every membership of {@code accountId}, current and former, oldest first. */
    public List<MembershipHistory> of(String accountId) {
        return memberships.of(accountId).stream().map(MembershipDocument::history).toList();
    }
}
