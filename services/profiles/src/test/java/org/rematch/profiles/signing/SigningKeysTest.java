package org.rematch.profiles.signing;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.mongodb.client.MongoClient;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.rematch.profiles.ProfilesServiceTest;
import org.rematch.testsupport.RematchServiceTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.Jwt;

/** The signing key lives in Mongo, so a restarted (or second) instance signs and verifies with the same key. */
@RematchServiceTest
class SigningKeysTest extends ProfilesServiceTest {

    @Autowired
    RSAKey tokenSigningKey;
    @Autowired
    MongoClient mongoClient;
    @Value("${rematch.security.issuer}")
    String issuer;
    @Value("${rematch.security.audience}")
    String audience;

    @Test
    void theKeyIsStoredOnceAndASecondLoadReturnsTheSameKey() throws Exception {
        RSAKey reloaded = new SigningKeys(mongo, Clock.systemUTC()).load();

        assertThat(reloaded.getKeyID()).isEqualTo(tokenSigningKey.getKeyID());
        assertThat(reloaded.toRSAPublicKey()).isEqualTo(tokenSigningKey.toRSAPublicKey());
        assertThat(reloaded.isPrivate()).isTrue();
        assertThat(mongo.count(new Query(), SigningKeys.COLLECTION)).isEqualTo(1);
        Document stored = mongo.findById(SigningKeys.CURRENT, Document.class, SigningKeys.COLLECTION);
        assertThat(stored.getString("kid")).isEqualTo(tokenSigningKey.getKeyID());

        String body = http().get("/.well-known/jwks.json", null).getBody();
        assertThat(JWKSet.parse(body).getKeyByKeyId(tokenSigningKey.getKeyID())).isNotNull();
    }

    @Test
    void aTokenIssuedBeforeARestartIsValidAfterIt() throws Exception {
        String token = http().registerAndLogIn("Before Restart", "MENTEE").bearer().substring("Bearer ".length());

        // what a restarted instance builds: the key loaded from Mongo, the decoder from its public half
        RSAKey afterRestart = new SigningKeys(mongo, Clock.systemUTC()).load();
        JwtDecoder decoder = new SigningConfiguration().jwtDecoder(afterRestart, issuer, audience);
        Jwt decoded = decoder.decode(token);

        assertThat(decoded.getClaimAsStringList("roles")).containsExactly("MENTEE");
        assertThat(decoded.getClaimAsString("name")).isEqualTo("Before Restart");
        assertThat(decoded.getAudience()).containsExactly(audience);
    }

    @Test
    void instancesStartingAtOnceAgreeOnOneKey() throws Exception {
        MongoTemplate freshDatabase = new MongoTemplate(mongoClient, "profiles-key-race-" + UUID.randomUUID());
        List<Callable<RSAKey>> starts = IntStream.range(0, 8)
                .<Callable<RSAKey>>mapToObj(i -> () -> new SigningKeys(freshDatabase, Clock.systemUTC()).load())
                .toList();

        List<String> kids;
        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            List<Future<RSAKey>> loaded = pool.invokeAll(starts);
            kids = loaded.stream().map(future -> {
                try {
                    return future.get().getKeyID();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }).toList();
        }

        assertThat(kids).hasSize(8).containsOnly(kids.getFirst());
        assertThat(freshDatabase.count(new Query(), SigningKeys.COLLECTION)).isEqualTo(1);
        freshDatabase.getDb().drop();
    }
}
