package org.rematch.profiles.privacy;

import io.swagger.v3.oas.annotations.Operation;
import org.rematch.contracts.accounts.Role;
import org.rematch.profiles.account.Accounts;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Erasure of an account, by its holder or by an admin. Every other service erases what it keeps on the person when it
 * reads the account tombstone. The last ADMIN account cannot be erased (409), so the platform keeps an administrator.
 */
@RestController
@RequestMapping("/api/accounts")
class ErasureController {

    private final Erasure erasure;
    private final Accounts accounts;

    ErasureController(Erasure erasure, Accounts accounts) {
        this.erasure = erasure;
        this.accounts = accounts;
    }

    @DeleteMapping("/me")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Erase your account and everything Rematch holds on you")
    void eraseMine(@AuthenticationPrincipal Jwt jwt) {
        eraseAccount(jwt.getSubject());
    }

    @DeleteMapping("/{accountId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Erase an account and everything Rematch holds on it (admin only)")
    void erase(@PathVariable String accountId) {
        eraseAccount(accountId);
    }

    private void eraseAccount(String accountId) {
        accounts.findById(accountId).filter(account -> account.has(Role.ADMIN)).ifPresent(admin -> {
            if (accounts.countWithRole(Role.ADMIN) <= 1) {
                throw new ResponseStatusException(HttpStatus.CONFLICT, "The last ADMIN account cannot be erased");
            }
        });
        if (!erasure.eraseIfPresent(accountId)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No account " + accountId);
        }
    }
}
