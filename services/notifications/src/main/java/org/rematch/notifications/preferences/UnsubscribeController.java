package org.rematch.notifications.preferences;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import java.util.Map;
import org.rematch.kit.web.ProblemDetailsAdvice;
import org.rematch.notifications.accounts.ErasedAccounts;
import org.rematch.notifications.preferences.core.EmailChoice;
import org.rematch.notifications.preferences.core.EmailOptions;
import org.rematch.notifications.preferences.core.PreferenceChanges;
import org.rematch.notifications.preferences.core.UnsubscribeTokens.Unsubscription;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The unsubscribe link of an email: turns off the emails of one type for the person the link was made for, without
 * signing in (the link's signed token is the proof; see {@code rematch.security.public-paths}), and says so on a small
 * page. GET is the link followed in a browser; POST is the one-click unsubscribe a mail client sends (RFC 8058, the
 * List-Unsubscribe-Post header). Either way it only ever turns emails off, and doing it twice changes nothing. A token
 * this service did not sign as it is, is a 400 problem.
 */
@Controller
class UnsubscribeController {

    static final String PATH = "/api/notifications/unsubscribe";

    private final UnsubscribeLinks links;
    private final Preferences preferences;
    private final ErasedAccounts erased;

    UnsubscribeController(UnsubscribeLinks links, Preferences preferences, ErasedAccounts erased) {
        this.links = links;
        this.preferences = preferences;
        this.erased = erased;
    }

    @RequestMapping(path = PATH, method = {RequestMethod.GET, RequestMethod.POST}, produces = MediaType.TEXT_HTML_VALUE)
    @Operation(summary = "Turn off one type of email with the signed token of an email's unsubscribe link (no sign-in)")
    ModelAndView unsubscribe(@RequestParam String token) {
        Unsubscription unsubscription = links.read(token).orElseThrow(() -> invalid("is not a valid unsubscribe link"));
        PreferenceChanges off = PreferenceChanges.read(Map.of(unsubscription.type().name(), EmailChoice.OFF.name()));
        if (!off.problems().isEmpty()) {
            throw invalid("is for emails that cannot be turned off");
        }
        // an erased person has no choices left to store, and gets no email either
        if (!erased.contains(unsubscription.accountId())) {
            preferences.choose(unsubscription.accountId(), off.changes());
        }
        return new ModelAndView("unsubscribed", Map.of("about", EmailOptions.about(unsubscription.type())));
    }

    private static ErrorResponseException invalid(String message) {
        return new ErrorResponseException(HttpStatus.BAD_REQUEST,
                ProblemDetailsAdvice.invalidRequest(List.of(ProblemDetailsAdvice.fieldError("token", message))), null);
    }
}
