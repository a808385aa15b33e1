package org.rematch.forums.membership;

import org.rematch.forums.forum.ForumCatalog;
import org.springframework.stereotype.Component;

/**
 * Keeps each forum's published member count equal to its memberships. A membership and the forum's count are two
 * documents and there are no transactions, so the count is taken afresh after every change (see
 * {@link ForumCatalog#recordMemberCount}); a crash between the two is corrected by {@link MemberCountSweep}.
 */
@Component
class MemberCounts {

    private final ForumCatalog catalog;
    private final Memberships memberships;

    MemberCounts(ForumCatalog catalog, Memberships memberships) {
        this.catalog = catalog;
        this.memberships = memberships;
    }

    void refresh(String forumId) {
        catalog.recordMemberCount(forumId, () -> memberships.count(forumId));
    }
}
