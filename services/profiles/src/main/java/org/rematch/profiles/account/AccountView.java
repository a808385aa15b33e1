package org.rematch.profiles.account;

import java.util.List;
import org.rematch.contracts.accounts.Role;

/** An account as its holder (or an admin) sees it: never the password hash. */
public record AccountView(String accountId, String email, String displayName, List<Role> roles, boolean disabled) {

    public static AccountView of(Account account) {
        return new AccountView(account.accountId(), account.email(), account.displayName(),
                account.roles().stream().sorted().toList(), account.disabled());
    }
}
