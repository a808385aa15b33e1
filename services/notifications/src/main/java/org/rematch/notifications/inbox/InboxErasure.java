package org.rematch.notifications.inbox;

import org.rematch.kit.privacy.AccountErasure;
import org.rematch.notifications.accounts.ErasedAccounts;
import org.rematch.notifications.inbox.core.InboxItem;
import org.rematch.notifications.inbox.core.PairingNotifications;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * An erased account (the kit hands over tombstones on profiles.accounts) leaves nothing here: its own inbox is deleted,
 * and every item in someone else's inbox that names it (a mentor's proposal naming the mentee, a mentee's acceptance
 * naming the mentor) is rewritten without the name, the path details and the link ({@link PairingNotifications#forget}),
 * so the recipient still understands why a proposal vanished. Items carry their pending email, which goes with them.
 * Idempotent: each step finds nothing the second time.
 */
@Component
class InboxErasure implements AccountErasure {

    private static final Logger log = LoggerFactory.getLogger(InboxErasure.class);

    private final InboxStore inbox;
    private final ErasedAccounts erased;

    InboxErasure(InboxStore inbox, ErasedAccounts erased) {
        this.inbox = inbox;
        this.erased = erased;
    }

    @Override
    public void erase(String accountId) {
        // remembered first: an item inserted from here on is caught by afterInsert, one inserted before is found below
        erased.remember(accountId);
        long deleted = inbox.eraseAllOf(accountId);
        long rewritten = inbox.mentioning(accountId).stream()
                .filter(item -> inbox.rewriteWithout(accountId, PairingNotifications.forget(item, accountId)))
                .count();
        log.info("Erased an account: {} own items deleted, {} items of others rewritten", deleted, rewritten);
    }

    /** An item rendered from an event that arrived after the erasure of someone it concerns is erased at once. */
    void afterInsert(InboxItem item) {
        item.accounts().stream().filter(erased::contains).forEach(this::erase);
    }
}
