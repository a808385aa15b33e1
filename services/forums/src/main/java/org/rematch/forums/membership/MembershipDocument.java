package org.rematch.forums.membership;

import java.time.Instant;
import org.rematch.forums.membership.domain.Membership;
import org.springframework.data.annotation.Id;

/**
 * A membership as stored in {@code memberships}. The _id is forumId:accountId, so joining twice is a duplicate key,
 * not a second membership, however the requests interleave.
 */
record MembershipDocument(@Id String id, String forumId, String accountId, String displayName, Instant joinedAt) {

    static final String COLLECTION = "memberships";

    static String idOf(String forumId, String accountId) {
        return forumId + ":" + accountId;
    }

    static MembershipDocument of(Membership membership) {
        return new MembershipDocument(idOf(membership.forumId(), membership.accountId()), membership.forumId(),
                membership.accountId(), membership.displayName(), membership.joinedAt());
    }

    MemberView view() {
        return new MemberView(forumId, accountId, displayName, joinedAt);
    }
}
