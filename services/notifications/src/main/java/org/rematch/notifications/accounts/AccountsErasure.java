package org.rematch.notifications.accounts;

import org.rematch.kit.privacy.AccountErasure;
import org.springframework.stereotype.Component;

/**
 * An erased account leaves the read model, and is remembered as erased first, so a snapshot still on its way (read in
 * the accounts' own consumer group, which may lag behind the erasure's) cannot bring it back.
 */
@Component
class AccountsErasure implements AccountErasure {

    private final Accounts accounts;
    private final ErasedAccounts erased;

    AccountsErasure(Accounts accounts, ErasedAccounts erased) {
        this.accounts = accounts;
        this.erased = erased;
    }

    @Override
    public void erase(String accountId) {
        erased.remember(accountId);
        accounts.forget(accountId);
    }
}
