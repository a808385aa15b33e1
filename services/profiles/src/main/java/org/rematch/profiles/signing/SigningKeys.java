package org.rematch.profiles.signing;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import jakarta.annotation.PostConstruct;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.rematch.profiles.core.SigningKeyRing;
import org.rematch.profiles.core.SigningKeyRing.Key;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The key ring that signs and verifies access tokens, kept in Mongo (collection {@value #COLLECTION}, one document
 * {@value #RING} with every key) so restarts and other instances sign and verify with the same keys. Exactly one key
 * is current and signs (its kid is in every token's header); a rotation retires it and makes a new one current. A
 * retired key stays in the JWKS and keeps verifying until its retirement + the access-token lifetime + one minute,
 * so every token it signed expires first; then it is deleted. Every change is one conditional update of the ring
 * document on its generation, so concurrent rotations or starts never lose a key or make two current.
 *
 * <p>Rotation happens when the current key is older than {@code rematch.security.signing-key-lifetime} (checked at
 * start and hourly) and on demand ({@link #rotate()}). An operator may supply the key instead
 * ({@code rematch.security.signing-key}, an RSA JWK with its private part): it becomes current at start (the previous
 * one retires as in a rotation) and is never rotated automatically; configuring another key rotates it. Each instance re-reads the ring every 30 seconds, and at once
 * (at most every few seconds) when a token names a kid it does not know, so it soon verifies what another signed.
 */
@Component
public class SigningKeys {

    public static final String COLLECTION = "signing_keys";
    static final String RING = "ring";
    /** The single key of the first version of this class; taken over as the ring's first key. */
    static final String LEGACY_CURRENT = "current";
    private static final Duration UNKNOWN_KID_REFRESH = Duration.ofSeconds(5);
    private static final int ROUNDS = 10;

    private static final Logger log = LoggerFactory.getLogger(SigningKeys.class);

    /** The stored ring; {@code generation} grows with every change, so each change is conditional on the one it read. */
    record Ring(@Id String id, long generation, List<Key> keys) {

        SigningKeyRing rules() {
            return new SigningKeyRing(keys);
        }

        Key current() {
            return rules().current();
        }

        Ring with(SigningKeyRing changed) {
            return new Ring(id, generation, changed.keys());
        }
    }

    /** The legacy single-key document ({@value #LEGACY_CURRENT}). */
    record LegacyKey(@Id String id, String kid, String jwk, Instant createdAt) {
    }

    /** What this instance last read: the keys by kid (private parts included) and the current one. */
    private record Loaded(long generation, List<RSAKey> keys, RSAKey current, Instant loadedAt) {
    }

    private final MongoTemplate mongo;
    private final Clock clock;
    private final Duration lifetime;
    /** A key the operator configured (rematch.security.signing-key): it signs, and only a new configuration rotates it. */
    private final RSAKey configured;
    private volatile Loaded loaded;

    @Autowired
    public SigningKeys(MongoTemplate mongo, Clock clock,
            @Value("${rematch.security.signing-key-lifetime:P30D}") Duration lifetime,
            @Value("${rematch.security.signing-key:}") String configuredKey) {
        this.mongo = mongo;
        this.clock = clock;
        this.lifetime = lifetime;
        this.configured = configuredKey == null || configuredKey.isBlank() ? null : parseConfigured(configuredKey);
    }

    /** A ring with the default lifetime and no configured key (tests, tools). */
    public SigningKeys(MongoTemplate mongo, Clock clock) {
        this(mongo, clock, Duration.ofDays(30), "");
    }

    /** At start: the ring ready, the configured key adopted, an old key rotated. */
    @PostConstruct
    void start() {
        load();
    }

    /**
     * Makes sure the ring exists (creating its first key, or taking over the legacy one), makes a configured key current,
     * rotates a key that is too old, prunes, and returns the current key.
     */
    public RSAKey load() {
        Ring ring = mongo.findById(RING, Ring.class, COLLECTION);
        if (ring == null) {
            create();
        }
        if (configured != null) {
            adoptConfigured();
        }
        maintain();
        return current();
    }

    /** Whether the signing key comes from configuration (then it is rotated by configuring another one). */
    public boolean isConfigured() {
        return configured != null;
    }

    /** The key that signs now. */
    public RSAKey current() {
        return loaded().current();
    }

    /** Every key of the ring, private parts included: the encoder picks the one a token's header names. */
    public List<RSAKey> keys() {
        return loaded().keys();
    }

    /** The public halves of every key of the ring: the JWKS. */
    public JWKSet publicJwks() {
        return new JWKSet(loaded().keys().stream().map(key -> (JWK) key.toPublicJWK()).toList());
    }

    /**
     * The keys matching a token's header, for the decoder; a kid this instance does not know makes it re-read the
     * ring (another instance may have rotated), at most every few seconds so unknown kids cannot hammer Mongo.
     */
    public List<JWK> select(JWKSelector selector) {
        List<JWK> found = selector.select(publicJwks());
        if (found.isEmpty() && loaded().loadedAt().plus(UNKNOWN_KID_REFRESH).isBefore(clock.instant())) {
            refresh();
            found = selector.select(publicJwks());
        }
        return found;
    }

    /** Retires the current key and makes a new one current; returns the new one. Not for a configured key. */
    public RSAKey rotate() {
        if (configured != null) {
            throw new IllegalStateException("The signing key is configured (rematch.security.signing-key): configure a new one to rotate");
        }
        RSAKey next = generate();
        Key stored = new Key(next.getKeyID(), next.toJSONString(), clock.instant(), null);
        change(ring -> ring.with(ring.rules().succeededBy(stored, clock.instant())));
        log.info("Rotated the token signing key: {} signs from now on", next.getKeyID());
        refresh();
        return next;
    }

    private void adoptConfigured() {
        Key stored = new Key(configured.getKeyID(), configured.toJSONString(), clock.instant(), null);
        Ring after = change(ring -> ring.current().kid().equals(configured.getKeyID())
                ? ring : ring.with(ring.rules().succeededBy(stored, clock.instant())));
        log.info("The configured token signing key {} signs", after.current().kid());
    }

    private static RSAKey parseConfigured(String json) {
        try {
            RSAKey key = RSAKey.parse(json);
            if (!key.isPrivate()) {
                throw new IllegalStateException("rematch.security.signing-key must be an RSA JWK with its private part");
            }
            if (key.getKeyID() == null) {
                key = new RSAKey.Builder(key).keyIDFromThumbprint().build();
            }
            return new RSAKey.Builder(key).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256).build();
        } catch (ParseException | JOSEException e) {
            throw new IllegalStateException("rematch.security.signing-key is not an RSA JWK (JSON)", e);
        }
    }

    /** Rotates when the current key is older than the configured lifetime and deletes retired keys past retention. */
    @Scheduled(initialDelayString = "${rematch.security.signing-key-check:1h}", fixedDelayString = "${rematch.security.signing-key-check:1h}")
    public void maintain() {
        SigningKeyRing ring = read().rules();
        Instant now = clock.instant();
        if (configured == null && ring.dueForRotation(lifetime, now)) {
            rotateIfStillOld();
        } else if (ring.pruned(now).keys().size() != ring.keys().size()) {
            change(current -> current.with(current.rules().pruned(clock.instant())));
        }
        refresh();
    }

    /** Re-reads the ring, so a rotation by another instance takes effect here. */
    @Scheduled(initialDelayString = "${rematch.security.signing-key-refresh:30s}", fixedDelayString = "${rematch.security.signing-key-refresh:30s}")
    public void refresh() {
        Ring ring = read();
        loaded = new Loaded(ring.generation(), ring.keys().stream().map(SigningKeys::rsaKey).toList(),
                rsaKey(ring.current()), clock.instant());
    }

    private void rotateIfStillOld() {
        RSAKey next = generate();
        Key stored = new Key(next.getKeyID(), next.toJSONString(), clock.instant(), null);
        Ring after = change(ring -> ring.rules().dueForRotation(lifetime, clock.instant())
                ? ring.with(ring.rules().succeededBy(stored, clock.instant()))
                : ring.with(ring.rules().pruned(clock.instant()))); // another instance rotated meanwhile
        if (after.current().kid().equals(next.getKeyID())) {
            log.info("The token signing key was older than {}: rotated, {} signs from now on", lifetime, next.getKeyID());
        }
    }

    private static RSAKey rsaKey(Key key) {
        try {
            return RSAKey.parse(key.jwk());
        } catch (ParseException e) {
            throw new IllegalStateException("The stored signing key " + key.kid() + " cannot be read", e);
        }
    }

    /** Applies {@code change} to the stored ring with one update conditional on its generation, retrying on a race. */
    private Ring change(UnaryOperator<Ring> change) {
        for (int round = 0; round < ROUNDS; round++) {
            Ring ring = read();
            Ring next = change.apply(ring);
            if (next.keys().equals(ring.keys())) {
                return ring;
            }
            boolean written = mongo.updateFirst(
                    Query.query(Criteria.where("_id").is(RING).and("generation").is(ring.generation())),
                    new Update().set("keys", next.keys()).set("generation", ring.generation() + 1),
                    Ring.class, COLLECTION).getModifiedCount() == 1;
            if (written) {
                return new Ring(RING, ring.generation() + 1, next.keys());
            }
        }
        throw new IllegalStateException("The signing key ring kept changing; try again");
    }

    private Ring read() {
        Ring ring = mongo.findById(RING, Ring.class, COLLECTION);
        if (ring == null) {
            ring = create();
        }
        return ring;
    }

    /** The first ring: the legacy key if there is one, else a new key. Of instances starting at once one insert wins. */
    private Ring create() {
        LegacyKey legacy = mongo.findById(LEGACY_CURRENT, LegacyKey.class, COLLECTION);
        Key first;
        if (legacy != null) {
            first = new Key(legacy.kid(), legacy.jwk(), legacy.createdAt(), null);
        } else {
            RSAKey generated = generate();
            first = new Key(generated.getKeyID(), generated.toJSONString(), clock.instant(), null);
        }
        try {
            mongo.insert(new Ring(RING, 1, List.of(first)), COLLECTION);
            log.info("Created the token signing key ring with key {}", first.kid());
        } catch (DuplicateKeyException anotherInstanceWasFirst) {
            // the winner's ring stands
        }
        if (legacy != null) {
            mongo.remove(Query.query(Criteria.where("_id").is(LEGACY_CURRENT)), COLLECTION);
        }
        return mongo.findById(RING, Ring.class, COLLECTION);
    }

    private Loaded loaded() {
        Loaded current = loaded;
        if (current == null) {
            refresh();
            current = loaded;
        }
        return current;
    }

    private static RSAKey generate() {
        try {
            return new RSAKeyGenerator(2048)
                    .keyID(UUID.randomUUID().toString())
                    .keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.RS256)
                    .generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot generate an RSA signing key", e);
        }
    }
}
