package org.rematch.notifications.preferences;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.rematch.kit.security.CurrentUser;
import org.rematch.kit.web.ProblemDetailsAdvice;
import org.rematch.notifications.inbox.core.InboxItemType;
import org.rematch.notifications.preferences.core.EmailChoice;
import org.rematch.notifications.preferences.core.EmailOptions;
import org.rematch.notifications.preferences.core.EmailPreferences;
import org.rematch.notifications.preferences.core.PreferenceChanges;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The caller's own email choices, per type of notification; nobody reads or changes anyone else's (there is no id in the
 * path: the token's subject is the person). The inbox always has every item, whatever is chosen here.
 */
@RestController
@RequestMapping("/api/notifications/preferences")
class PreferencesController {

    /** The email choice in force for one type of notification, what it is about, and which choices it has. */
    record TypePreference(InboxItemType type, String about, EmailChoice email, List<EmailChoice> choices) {
    }

    /** Every type of notification with its email choice. */
    record PreferencesView(List<TypePreference> email) {

        static PreferencesView of(EmailPreferences preferences) {
            return new PreferencesView(Arrays.stream(InboxItemType.values())
                    .map(type -> new TypePreference(type, EmailOptions.about(type), preferences.choiceFor(type), EmailOptions.allowed(type)))
                    .toList());
        }
    }

    /** New choices for some types (type to choice); the types left out keep theirs. */
    record PreferencesUpdate(@NotEmpty Map<String, String> email) {
    }

    private final Preferences preferences;

    PreferencesController(Preferences preferences) {
        this.preferences = preferences;
    }

    @GetMapping
    @Operation(summary = "My email choices for each type of notification")
    PreferencesView mine(@AuthenticationPrincipal Jwt jwt) {
        return PreferencesView.of(preferences.of(CurrentUser.of(jwt).accountId()));
    }

    @PutMapping
    @Operation(summary = "Change my email choices for some types of notification (IMMEDIATELY, DAILY_DIGEST where offered, OFF)")
    PreferencesView choose(@AuthenticationPrincipal Jwt jwt, @Valid @RequestBody PreferencesUpdate update) {
        PreferenceChanges changes = PreferenceChanges.read(update.email());
        if (!changes.problems().isEmpty()) {
            throw new ErrorResponseException(HttpStatus.BAD_REQUEST, ProblemDetailsAdvice.invalidRequest(changes.problems().stream()
                    .map(problem -> ProblemDetailsAdvice.fieldError(problem.field(), problem.message())).toList()), null);
        }
        return PreferencesView.of(preferences.choose(CurrentUser.of(jwt).accountId(), changes.changes()));
    }
}
