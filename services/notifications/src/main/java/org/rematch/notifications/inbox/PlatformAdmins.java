package org.rematch.notifications.inbox;

import java.util.Collection;
import org.rematch.notifications.accounts.Accounts;
import org.rematch.notifications.accounts.ErasedAccounts;
import org.rematch.notifications.inbox.core.Staff;
import org.springframework.stereotype.Component;

/**
 * Who can be paged about an urgent report besides a forum's own moderators: the admins of the accounts read model,
 * never an erased account.
 */
@Component
class PlatformAdmins implements Staff {

    private final Accounts accounts;
    private final ErasedAccounts erased;

    PlatformAdmins(Accounts accounts, ErasedAccounts erased) {
        this.accounts = accounts;
        this.erased = erased;
    }

    @Override
    public Collection<String> admins() {
        return accounts.adminIds();
    }

    @Override
    public boolean erased(String accountId) {
        return erased.contains(accountId);
    }
}
