package org.rematch.notifications.preferences;

import java.util.Optional;
import org.rematch.notifications.email.core.Links;
import org.rematch.notifications.inbox.core.InboxItemType;
import org.rematch.notifications.preferences.core.EmailOptions;
import org.rematch.notifications.preferences.core.UnsubscribeTokens;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The unsubscribe links emails carry, and the tokens in them ({@link UnsubscribeTokens}), signed with
 * {@code rematch.notifications.unsubscribe-secret}: production must set its own, or anyone who read the development
 * default could turn off other people's emails.
 */
@Component
public class UnsubscribeLinks {

    private final UnsubscribeTokens tokens;
    private final String base;

    UnsubscribeLinks(@Value("${rematch.notifications.unsubscribe-secret}") String secret,
            @Value("${rematch.notifications.public-url}") String publicUrl) {
        this.tokens = new UnsubscribeTokens(secret);
        this.base = new Links(publicUrl).to(UnsubscribeController.PATH) + "?token=";
    }

    /** The link that turns off the person's emails of this type; none for a type that cannot be turned off. */
    public Optional<String> to(String accountId, InboxItemType type) {
        if (!EmailOptions.canTurnOff(type)) {
            return Optional.empty();
        }
        // the token is base64url with one dot: nothing in it needs escaping in a query string
        return Optional.of(base + tokens.sign(accountId, type));
    }

    Optional<UnsubscribeTokens.Unsubscription> read(String token) {
        return tokens.verify(token);
    }
}
