package org.rematch.profiles.signing;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * The RSA key that signs access tokens, kept in Mongo (collection {@value #COLLECTION}, one document with a fixed id)
 * so a restart, or a second instance, signs with the same key and tokens already issued stay valid. The first start
 * generates it; when two instances start at once, the loser of the insert gets a duplicate key and loads the winner's.
 */
@Component
public class SigningKeys {

    public static final String COLLECTION = "signing_keys";
    static final String CURRENT = "current";

    private static final Logger log = LoggerFactory.getLogger(SigningKeys.class);

    /** The stored key: {@code jwk} is the full JWK JSON, private parts included. */
    record StoredKey(@Id String id, String kid, String jwk, Instant createdAt) {
    }

    private final MongoTemplate mongo;
    private final Clock clock;

    public SigningKeys(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    /** The stored signing key, generated and stored first if there is none. */
    public RSAKey load() {
        StoredKey stored = mongo.findById(CURRENT, StoredKey.class, COLLECTION);
        if (stored == null) {
            RSAKey generated = generate();
            try {
                mongo.insert(new StoredKey(CURRENT, generated.getKeyID(), generated.toJSONString(), clock.instant()), COLLECTION);
                log.info("Generated the token signing key {}", generated.getKeyID());
                return generated;
            } catch (DuplicateKeyException anotherInstanceWasFirst) {
                stored = mongo.findById(CURRENT, StoredKey.class, COLLECTION);
            }
        }
        try {
            return RSAKey.parse(stored.jwk());
        } catch (ParseException e) {
            throw new IllegalStateException("The stored signing key " + stored.kid() + " cannot be read", e);
        }
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
