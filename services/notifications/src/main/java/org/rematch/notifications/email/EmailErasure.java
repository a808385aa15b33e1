package org.rematch.notifications.email;

import org.rematch.kit.privacy.AccountErasure;
import org.springframework.stereotype.Component;

/** An erased person's digest record goes with them; their items, and the emails stored in them, go with the inbox. */
@Component
class EmailErasure implements AccountErasure {

    private final DigestRecords records;

    EmailErasure(DigestRecords records) {
        this.records = records;
    }

    @Override
    public void erase(String accountId) {
        records.forget(accountId);
    }
}
