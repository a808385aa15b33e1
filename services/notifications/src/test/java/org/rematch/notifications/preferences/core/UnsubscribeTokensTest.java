package org.rematch.notifications.preferences.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.rematch.notifications.inbox.core.InboxItemType;
import org.rematch.notifications.preferences.core.UnsubscribeTokens.Unsubscription;

class UnsubscribeTokensTest {

    final UnsubscribeTokens tokens = new UnsubscribeTokens("a secret of at least thirty-two bytes");

    @Test
    void aSignedTokenSaysWhoseEmailsOfWhichTypeToTurnOff() {
        String token = tokens.sign("account-1", InboxItemType.FORUM_JOINED);

        assertThat(tokens.verify(token)).contains(new Unsubscription("account-1", InboxItemType.FORUM_JOINED));
        assertThat(token).matches("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+");
    }

    @Test
    void aTokenSomeoneChangedOrMadeIsRefused() {
        String token = tokens.sign("account-1", InboxItemType.FORUM_JOINED);
        String signature = token.substring(token.indexOf('.') + 1);
        String otherPerson = encode("account-2\nFORUM_JOINED") + "." + signature;
        String otherType = encode("account-1\nPAIRING_PROPOSED") + "." + signature;
        String flippedSignature = token.substring(0, token.length() - 1) + (token.endsWith("A") ? "B" : "A");
        String otherSecret = new UnsubscribeTokens("another secret of at least thirty-two bytes").sign("account-1", InboxItemType.FORUM_JOINED);

        for (String forged : new String[] {otherPerson, otherType, flippedSignature, otherSecret}) {
            assertThat(tokens.verify(forged)).as(forged).isEmpty();
        }
    }

    @Test
    void garbageIsRefusedWithoutAnError() {
        for (String garbage : new String[] {null, "", ".", "abc", "a.b.c", "!!!.???", "x".repeat(10_000), encode("no-type") + ".",
                encode("account-1\nNOT_A_TYPE") + "." + encode("sig")}) {
            assertThat(tokens.verify(garbage)).as(String.valueOf(garbage)).isEmpty();
        }
    }

    @Test
    void aShortSecretIsRefusedAtStart() {
        assertThatThrownBy(() -> new UnsubscribeTokens("too short")).isInstanceOf(IllegalArgumentException.class);
    }

    static String encode(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
