package org.rematch.forums.membership;

import java.time.Instant;
import java.util.List;
import org.rematch.contracts.forums.JoinedVia;
import org.rematch.forums.membership.domain.Membership;
import org.rematch.kit.outbox.OutboxEvent;
import org.springframework.data.annotation.Id;

/**
 * A membership as stored in {@code memberships}. The _id is forumId:accountId, so joining twice is a duplicate key,
 * not a second membership, however the requests interleave. Leaving keeps the document as a former membership
 * ({@code leftAt} set, the display name dropped), so MemberLeft can wait in its outbox, written in the same update as
 * the leaving; joining again makes it current again. The outbox holds MemberJoined and MemberLeft until the relay
 * sends them.
 */
record MembershipDocument(@Id String id, String forumId, String accountId, String displayName, Instant joinedAt, JoinedVia via,
        Instant leftAt, List<OutboxEvent> outbox) {

    static final String COLLECTION = "memberships";

    MembershipDocument {
        via = via == null ? JoinedVia.SELF : via; // memberships from before recommendations could join anyone
    }

    static String idOf(String forumId, String accountId) {
        return forumId + ":" + accountId;
    }

    static MembershipDocument of(Membership membership, List<OutboxEvent> outbox) {
        return new MembershipDocument(idOf(membership.forumId(), membership.accountId()), membership.forumId(),
                membership.accountId(), membership.displayName(), membership.joinedAt(), membership.via(), null, outbox);
    }

    MemberView view() {
        return new MemberView(forumId, accountId, displayName, joinedAt);
    }

    MembershipHistory history() {
        return new MembershipHistory(forumId, displayName, joinedAt, via, leftAt);
    }
}
