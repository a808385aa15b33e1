package org.rematch.notifications.preferences.core;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.rematch.notifications.inbox.core.InboxItemType;

/**
 * The token in an email's unsubscribe link, which works without signing in: the person and the type of email it turns
 * off, with an HMAC-SHA256 over both under a secret only this service knows, so nobody can make one for someone else or
 * change what one says. It does not expire: an unsubscribe link keeps working, as people expect of one.
 * Format: base64url(accountId LF type) "." base64url(HMAC).
 */
public final class UnsubscribeTokens {

    /** A valid token's content: whose emails of which type to turn off. */
    public record Unsubscription(String accountId, InboxItemType type) {
    }

    private static final String ALGORITHM = "HmacSHA256";
    /** Far longer than any token this class makes; a longer one is refused unread. */
    private static final int MAX_LENGTH = 512;
    private static final int MIN_SECRET_BYTES = 32;

    private final SecretKeySpec key;

    public UnsubscribeTokens(String secret) {
        byte[] bytes = Objects.requireNonNull(secret, "secret").getBytes(StandardCharsets.UTF_8);
        if (bytes.length < MIN_SECRET_BYTES) {
            throw new IllegalArgumentException("The unsubscribe secret needs at least " + MIN_SECRET_BYTES + " bytes");
        }
        this.key = new SecretKeySpec(bytes, ALGORITHM);
    }

    public String sign(String accountId, InboxItemType type) {
        byte[] payload = (accountId + "\n" + type.name()).getBytes(StandardCharsets.UTF_8);
        return encode(payload) + "." + encode(mac(payload));
    }

    /** What a token says, if this service signed it exactly as it is; anything else (forged, altered, garbled) is empty. */
    public Optional<Unsubscription> verify(String token) {
        if (token == null || token.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        int dot = token.indexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        try {
            byte[] payload = Base64.getUrlDecoder().decode(token.substring(0, dot));
            // the whole token as this service would have made it, compared in constant time (so the time taken tells
            // nothing of how much of a forgery is right), and as text, so no other spelling of the same bytes passes
            byte[] expected = (encode(payload) + "." + encode(mac(payload))).getBytes(StandardCharsets.US_ASCII);
            if (!MessageDigest.isEqual(expected, token.getBytes(StandardCharsets.US_ASCII))) {
                return Optional.empty();
            }
            String[] parts = new String(payload, StandardCharsets.UTF_8).split("\n", -1);
            if (parts.length != 2 || parts[0].isBlank()) {
                return Optional.empty();
            }
            return Named.in(InboxItemType.class, parts[1]).map(type -> new Unsubscription(parts[0], type));
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
    }

    private byte[] mac(byte[] payload) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal(payload);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is always available", e);
        }
    }

    private static String encode(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
