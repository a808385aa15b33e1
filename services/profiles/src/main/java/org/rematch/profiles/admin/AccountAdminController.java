package org.rematch.profiles.admin;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.rematch.contracts.accounts.Role;
import org.rematch.profiles.account.Account;
import org.rematch.profiles.account.AccountView;
import org.rematch.profiles.account.Accounts;
import org.rematch.profiles.auth.RefreshTokens;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * What an admin does to other accounts: list the moderators, disable an account (its refresh tokens are revoked at
 * once, so its access ends when its last access token expires, within 15 minutes; logging in answers 403) and enable
 * it again. An ADMIN account cannot be disabled, so the admins cannot lock each other (or themselves) out.
 */
@RestController
@RequestMapping("/api/accounts")
@PreAuthorize("hasRole('ADMIN')")
class AccountAdminController {

    private final Accounts accounts;
    private final RefreshTokens refreshTokens;

    AccountAdminController(Accounts accounts, RefreshTokens refreshTokens) {
        this.accounts = accounts;
        this.refreshTokens = refreshTokens;
    }

    @GetMapping("/moderators")
    @Operation(summary = "The moderator accounts, with whether each is disabled (admin only)")
    List<AccountView> moderators() {
        return accounts.withRole(Role.MODERATOR).stream().map(AccountView::of).toList();
    }

    @PostMapping("/{accountId}/disable")
    @Operation(summary = "Disable an account: no more logins or refreshes; an ADMIN cannot be disabled (admin only)")
    AccountView disable(@PathVariable String accountId) {
        Account account = existing(accountId);
        if (account.has(Role.ADMIN)) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "An ADMIN account cannot be disabled");
        }
        // the flag first: a refresh racing with this sees the flag or finds its family revoked
        accounts.setDisabled(accountId, true);
        refreshTokens.revokeAllOf(accountId);
        return AccountView.of(existing(accountId));
    }

    @PostMapping("/{accountId}/enable")
    @Operation(summary = "Enable a disabled account again; its holder logs in anew (admin only)")
    AccountView enable(@PathVariable String accountId) {
        existing(accountId);
        accounts.setDisabled(accountId, false);
        return AccountView.of(existing(accountId));
    }

    private Account existing(String accountId) {
        return accounts.findById(accountId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No account " + accountId));
    }
}
