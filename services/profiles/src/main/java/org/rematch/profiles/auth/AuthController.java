package org.rematch.profiles.auth;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.rematch.contracts.accounts.Role;
import org.rematch.profiles.account.Account;
import org.rematch.profiles.account.AccountView;
import org.rematch.profiles.account.Accounts;
import org.rematch.profiles.account.Password;
import org.rematch.profiles.core.PasswordPolicy;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Self-registration of mentees and mentors, the password grant that issues access and refresh tokens, refresh-token
 * rotation and logout. Public paths.
 */
@RestController
@RequestMapping("/api/auth")
class AuthController {

    record RegistrationRequest(
            @NotBlank @Email @Size(max = 254) String email,
            @Password String password,
            @NotBlank @Size(max = 100) String displayName,
            @SelfRegistrationRole String role) {
    }

    record TokenRequest(@NotBlank String email, @NotBlank String password) {
    }

    record RefreshRequest(@JsonProperty("refresh_token") @NotBlank @Size(max = 100) String refreshToken) {
    }

    private final Accounts accounts;
    private final PasswordEncoder passwords;
    private final TokenIssuer tokens;
    private final LoginAttempts attempts;
    private final RefreshTokens refreshTokens;
    /** Checked when the email is unknown, so that answer takes as long as a wrong password. */
    private final String decoyHash;

    AuthController(Accounts accounts, PasswordEncoder passwords, TokenIssuer tokens, LoginAttempts attempts,
            RefreshTokens refreshTokens) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.tokens = tokens;
        this.attempts = attempts;
        this.refreshTokens = refreshTokens;
        this.decoyHash = passwords.encode(UUID.randomUUID().toString());
    }

    @PostMapping("/register")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Register as a mentee or a mentor")
    AccountView register(@Valid @RequestBody RegistrationRequest request) {
        Account account = accounts.create(request.email(), request.password(), request.displayName(), Role.valueOf(request.role()));
        return AccountView.of(account);
    }

    @PostMapping("/token")
    @Operation(summary = "Exchange email and password for an RS256 access token (15 minutes); 429 with Retry-After after too many failures, 403 for a disabled account")
    TokenResponse token(@Valid @RequestBody TokenRequest request, HttpServletRequest http) {
        // The client's address as the servlet container sees it. Behind the gateway this is the gateway's address unless
        // forwarded headers are trusted: server.forward-headers-strategy=native makes Tomcat take X-Forwarded-For from
        // trusted (internal) proxies, so the gateway must forward it.
        String address = http.getRemoteAddr();
        attempts.claim(request.email(), address).ifPresent(wait -> {
            throw new TooManyLoginAttempts(wait);
        });
        Account account = accounts.findByEmail(request.email()).orElse(null);
        boolean checkable = PasswordPolicy.checkable(request.password());
        boolean matches = checkable && passwords.matches(request.password(), account == null ? decoyHash : account.passwordHash());
        if (account == null || !matches) {
            attempts.failed(request.email(), address);
            throw new ResponseStatusException(HttpStatus.UNAUTHORIZED, "The email or the password is wrong");
        }
        attempts.succeeded(request.email(), address);
        if (account.disabled()) {
            // said only after the right password, so it reveals nothing to someone guessing emails
            throw new AccountDisabled();
        }
        return tokens.issue(account).withRefreshToken(refreshTokens.issue(account.accountId()));
    }

    @PostMapping("/refresh")
    @Operation(summary = "Exchange a refresh token for a new access token and the next refresh token (the old one rotates)")
    TokenResponse refresh(@Valid @RequestBody RefreshRequest request) {
        RefreshTokens.Rotation rotation = refreshTokens.rotate(request.refreshToken());
        Account account = accounts.findById(rotation.accountId()).filter(found -> !found.disabled())
                .orElseThrow(RefreshTokens::invalid);
        return tokens.issue(account).withRefreshToken(rotation.refreshToken());
    }

    @PostMapping("/logout")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Revoke the refresh token's whole family (every token of that login)")
    void logout(@Valid @RequestBody RefreshRequest request) {
        refreshTokens.logout(request.refreshToken());
    }
}
