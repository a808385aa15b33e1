package org.rematch.profiles.mentee;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import org.rematch.kit.security.CurrentUser;
import org.rematch.profiles.account.Account;
import org.rematch.profiles.account.Accounts;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * A mentee's own path profile. The mentee id is the token's subject: there is no path parameter, so no endpoint can
 * read or change another mentee's profile.
 */
@RestController
@RequestMapping("/api/mentees")
@PreAuthorize("hasRole('MENTEE')")
class MenteeController {

    private final Mentees mentees;
    private final Accounts accounts;

    MenteeController(Mentees mentees, Accounts accounts) {
        this.mentees = mentees;
        this.accounts = accounts;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Describe your path (once); matching starts looking for a mentor")
    MenteeView register(@Valid @RequestBody MenteeRequest request, @AuthenticationPrincipal Jwt jwt) {
        if (accounts.findById(jwt.getSubject()).isEmpty()) {
            // an erased person's access token lives on for minutes: it must not bring a profile back
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No account for this token's subject");
        }
        return MenteeView.of(mentees.register(jwt.getSubject(), displayName(jwt), request.path(), request.shared()));
    }

    @PutMapping("/me")
    @Operation(summary = "Change your path")
    MenteeView update(@Valid @RequestBody MenteeRequest request, @AuthenticationPrincipal Jwt jwt) {
        return MenteeView.of(mentees.update(jwt.getSubject(), CurrentUser.of(jwt).displayName().orElse(null), request.path(),
                request.shared()));
    }

    @GetMapping("/me")
    @Operation(summary = "Your path profile")
    MenteeView me(@AuthenticationPrincipal Jwt jwt) {
        return mentees.find(jwt.getSubject()).map(MenteeView::of).orElseThrow(Mentees::noProfile);
    }

    /** The token's name claim; for tokens without one (an external issuer), the account's display name. */
    private String displayName(Jwt jwt) {
        return CurrentUser.of(jwt).displayName()
                .orElseGet(() -> accounts.findById(jwt.getSubject()).map(Account::displayName).orElse(jwt.getSubject()));
    }
}
