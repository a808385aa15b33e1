package org.rematch.forums.membership;

import java.util.List;
import org.springframework.stereotype.Component;

/** What the other features of forums may ask about memberships: whether someone is a member, and (for the export) of what. */
@Component
public class Members {

    private final Memberships memberships;

    Members(Memberships memberships) {
        this.memberships = memberships;
    }

    public boolean isMember(String forumId, String accountId) {
        return memberships.exists(forumId, accountId);
    }

    /** Every membership of {@code accountId}, oldest first. */
    public List<MemberView> of(String accountId) {
        return memberships.of(accountId).stream().map(MembershipDocument::view).toList();
    }
}
