package org.rematch.forums.forum;

import org.rematch.kit.privacy.AccountErasure;
import org.springframework.stereotype.Component;

/**
 * Forums are shared, so an erased account's forums stay: the account is removed from every moderator set and no
 * longer named as creator (createdBy becomes null). Both updates are idempotent, so a redelivered tombstone is harmless.
 * Memberships, threads and posts are erased by their own features (MembershipErasure, ThreadErasure).
 */
@Component
class ForumErasure implements AccountErasure {

    private final Forums forums;

    ForumErasure(Forums forums) {
        this.forums = forums;
    }

    @Override
    public void erase(String accountId) {
        forums.forget(accountId);
    }
}
