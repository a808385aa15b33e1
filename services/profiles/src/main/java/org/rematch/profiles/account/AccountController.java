package org.rematch.profiles.account;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.rematch.contracts.accounts.Role;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

@RestController
@RequestMapping("/api/accounts")
class AccountController {

    record ModeratorRequest(@NotBlank @Email @Size(max = 254) String email, @Password String password,
            @NotBlank @Size(max = 100) String displayName) {
    }

    private final Accounts accounts;

    AccountController(Accounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/me")
    @Operation(summary = "The caller's own account")
    AccountView me(@AuthenticationPrincipal Jwt jwt) {
        return accounts.findById(jwt.getSubject()).map(AccountView::of)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No account for this token's subject"));
    }

    @PostMapping("/moderators")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Create a moderator account (admin only)")
    AccountView createModerator(@Valid @RequestBody ModeratorRequest request) {
        return AccountView.of(accounts.create(request.email(), request.password(), request.displayName(), Role.MODERATOR));
    }
}
