package org.rematch.profiles.core;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The keys that sign and verify access tokens, and how they succeed each other: exactly one is current and signs; a
 * rotation retires it and makes a new one current; a retired key keeps verifying for {@link #RETENTION} (every token
 * it signed has expired by then, clock skew included) and is then dropped.
 */
public record SigningKeyRing(List<Key> keys) {

    public static final Duration RETENTION = AccessTokenClaims.LIFETIME.plus(Duration.ofMinutes(1));

    /** A key: {@code jwk} is its full JWK JSON, private parts included; {@code retiredAt} is null while it is current. */
    public record Key(String kid, String jwk, Instant createdAt, Instant retiredAt) {

        public boolean current() {
            return retiredAt == null;
        }
    }

    public SigningKeyRing {
        keys = List.copyOf(keys);
    }

    public Key current() {
        return keys.stream().filter(Key::current).max(Comparator.comparing(Key::createdAt))
                .orElseThrow(() -> new IllegalStateException("The signing key ring has no current key"));
    }

    /** Whether the current key has signed for {@code lifetime} already. */
    public boolean dueForRotation(Duration lifetime, Instant now) {
        return !current().createdAt().plus(lifetime).isAfter(now);
    }

    /** The ring with its current key retired at {@code now} and {@code next} current (a key of the same kid replaced). */
    public SigningKeyRing succeededBy(Key next, Instant now) {
        List<Key> succeeded = new ArrayList<>();
        for (Key key : pruned(now).keys()) {
            if (!key.kid().equals(next.kid())) {
                succeeded.add(key.current() ? new Key(key.kid(), key.jwk(), key.createdAt(), now) : key);
            }
        }
        succeeded.add(next);
        return new SigningKeyRing(succeeded);
    }

    /** The ring without the retired keys whose retention has passed. */
    public SigningKeyRing pruned(Instant now) {
        return new SigningKeyRing(keys.stream().filter(key -> key.current() || key.retiredAt().plus(RETENTION).isAfter(now)).toList());
    }
}
