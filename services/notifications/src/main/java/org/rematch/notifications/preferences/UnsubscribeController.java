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
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The unsubscribe link of an email, which works without signing in (the link's signed token is the proof; see
 * {@code rematch.security.public-paths}). GET, the link followed in a browser, only asks: a page naming the emails it
 * would turn off, with a button that POSTs, so a mail scanner that follows every link changes nothing. POST turns that
 * type of email off for the person the link was made for and says so; it is also the one-click unsubscribe a mail client
 * sends (RFC 8058, the List-Unsubscribe-Post header). It only ever turns emails off, and doing it twice changes
 * nothing. A token this service did not sign as it is, is a 400 problem.
 */
@Controller
class UnsubscribeController {

    static final String PATH = "/api/notifications/unsubscribe";
    private static final String PAGE = "unsubscribe";

    private final UnsubscribeLinks links;
    private final Preferences preferences;
    private final ErasedAccounts erased;

    UnsubscribeController(UnsubscribeLinks links, Preferences preferences, ErasedAccounts erased) {
        this.links = links;
        this.preferences = preferences;
        this.erased = erased;
    }

    @GetMapping(path = PATH, produces = MediaType.TEXT_HTML_VALUE)
    @Operation(summary = "The page of an email's unsubscribe link: asks to confirm, changes nothing (no sign-in)")
    ModelAndView confirm(@RequestParam String token) {
        Unsubscription unsubscription = read(token);
        boolean alreadyOff = erased.contains(unsubscription.accountId())
                || preferences.of(unsubscription.accountId()).choiceFor(unsubscription.type()) == EmailChoice.OFF;
        return page(unsubscription, alreadyOff ? "alreadyOff" : "asking", token);
    }

    // no "produces": a mail client's one-click POST may ask for anything, and must still turn the emails off
    @PostMapping(path = PATH)
    @Operation(summary = "Turn off one type of email with the signed token of an email's unsubscribe link (no sign-in; "
            + "also RFC 8058 one-click)")
    ModelAndView unsubscribe(@RequestParam String token) {
        Unsubscription unsubscription = read(token);
        preferences.choose(unsubscription.accountId(), off(unsubscription).changes());
        return page(unsubscription, "done", token);
    }

    private Unsubscription read(String token) {
        Unsubscription unsubscription = links.read(token).orElseThrow(() -> invalid("is not a valid unsubscribe link"));
        if (!off(unsubscription).problems().isEmpty()) {
            throw invalid("is for emails that cannot be turned off");
        }
        return unsubscription;
    }

    private static PreferenceChanges off(Unsubscription unsubscription) {
        return PreferenceChanges.read(Map.of(unsubscription.type().name(), EmailChoice.OFF.name()));
    }

    /** The one page, in one of its three states: asking to confirm, already off, done. */
    private static ModelAndView page(Unsubscription unsubscription, String state, String token) {
        return new ModelAndView(PAGE, Map.of("about", EmailOptions.about(unsubscription.type()), state, true,
                "token", token));
    }

    private static ErrorResponseException invalid(String message) {
        return new ErrorResponseException(HttpStatus.BAD_REQUEST,
                ProblemDetailsAdvice.invalidRequest(List.of(ProblemDetailsAdvice.fieldError("token", message))), null);
    }
}
