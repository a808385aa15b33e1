package org.rematch.forums.membership;

import org.rematch.kit.privacy.AccountErasure;
import org.springframework.stereotype.Component;

/**
 * An erased account's memberships go, and each forum it was in publishes its lower member count. Idempotent: a
 * redelivered tombstone finds nothing left to remove. (If the service dies between removing and recounting, the
 * retried tombstone finds nothing either; {@link MemberCountSweep} corrects the counts.)
 */
@Component
class MembershipErasure implements AccountErasure {

    private final Memberships memberships;
    private final MemberCounts counts;

    MembershipErasure(Memberships memberships, MemberCounts counts) {
        this.memberships = memberships;
        this.counts = counts;
    }

    @Override
    public void erase(String accountId) {
        memberships.deleteAllOf(accountId).forEach(counts::refresh);
    }
}
