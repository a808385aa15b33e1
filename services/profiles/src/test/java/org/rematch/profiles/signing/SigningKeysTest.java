package org.rematch.profiles.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.rematch.profiles.ProfilesHttp.ADMIN_EMAIL;
import static org.rematch.profiles.ProfilesHttp.ADMIN_PASSWORD;
import static org.rematch.profiles.ProfilesHttp.json;
import static org.rematch.profiles.ProfilesHttp.problem;

import com.mongodb.client.MongoClient;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.SignedJWT;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.rematch.profiles.ProfilesHttp;
import org.rematch.profiles.ProfilesServiceTest;
import org.rematch.profiles.core.SigningKeyRing;
import org.rematch.testsupport.RematchServiceTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/**
 * The signing keys live in one ring document in Mongo: restarts and other instances sign and verify with the same
 * keys, rotations keep earlier tokens valid until they expired, and retired keys are deleted after that.
 */
@RematchServiceTest
class SigningKeysTest extends ProfilesServiceTest {

    @Autowired
    SigningKeys keys;
    @Autowired
    MongoClient mongoClient;
    @Value("${rematch.security.issuer}")
    String issuer;
    @Value("${rematch.security.audience}")
    String audience;

    private static String kidOf(String bearer) throws ParseException {
        return SignedJWT.parse(bearer.substring("Bearer ".length())).getHeader().getKeyID();
    }

    private String rotate() {
        ResponseEntity<String> rotated = http().post("/api/accounts/signing-keys/rotation",
                http().bearerFor(ADMIN_EMAIL, ADMIN_PASSWORD), null);
        assertThat(rotated.getStatusCode().value()).as(rotated.getBody()).isEqualTo(201);
        return json(rotated.getBody()).get("kid").asString();
    }

    private List<String> jwksKids() throws ParseException {
        return JWKSet.parse(http().get("/.well-known/jwks.json", null).getBody()).getKeys().stream()
                .map(key -> key.getKeyID()).toList();
    }

    /** Pretends the key was retired at {@code retiredAt}, as time passing would. */
    private void retiredAt(String kid, Instant retiredAt) {
        Document ring = mongo.findById(SigningKeys.RING, Document.class, SigningKeys.COLLECTION);
        ring.getList("keys", Document.class).stream().filter(key -> kid.equals(key.getString("kid")))
                .forEach(key -> key.put("retiredAt", Date.from(retiredAt)));
        ring.put("generation", ring.getLong("generation") + 1);
        mongo.save(ring, SigningKeys.COLLECTION);
    }

    @Test
    void theRingIsStoredOnceAndASecondLoadReturnsTheSameCurrentKey() throws Exception {
        RSAKey reloaded = new SigningKeys(mongo, Clock.systemUTC()).load();

        assertThat(reloaded.getKeyID()).isEqualTo(keys.current().getKeyID());
        assertThat(reloaded.toRSAPublicKey()).isEqualTo(keys.current().toRSAPublicKey());
        assertThat(reloaded.isPrivate()).isTrue();
        assertThat(mongo.findAll(Document.class, SigningKeys.COLLECTION)).hasSize(1);
        assertThat(jwksKids()).contains(reloaded.getKeyID());
        assertThat(http().get("/.well-known/jwks.json", null).getBody()).doesNotContain("\"d\"", "\"p\"", "\"q\"");
    }

    @Test
    void aTokenIssuedBeforeARotationStillWorksAndNewTokensCarryTheNewKid() throws Exception {
        ProfilesHttp.Registered amina = http().registerAndLogIn("Before Rotation", "MENTEE");
        String before = kidOf(amina.bearer());

        String after = rotate();

        assertThat(after).isNotEqualTo(before);
        assertThat(keys.current().getKeyID()).isEqualTo(after);
        assertThat(http().get("/api/accounts/me", amina.bearer()).getStatusCode().value()).isEqualTo(200);
        String fresh = http().bearerFor(amina.email(), ProfilesHttp.PASSWORD);
        assertThat(kidOf(fresh)).isEqualTo(after);
        assertThat(http().get("/api/accounts/me", fresh).getStatusCode().value()).isEqualTo(200);
        assertThat(jwksKids()).contains(before, after);
    }

    @Test
    void aRetiredKeyVerifiesUntilItsRetentionEndsThenIsGoneAndItsTokensAreRefused() throws Exception {
        ProfilesHttp.Registered amina = http().registerAndLogIn("Retired Key", "MENTEE");
        String old = kidOf(amina.bearer());
        String current = rotate();

        retiredAt(old, Instant.now().minus(SigningKeyRing.RETENTION).plus(Duration.ofMinutes(1)));
        keys.maintain();
        assertThat(jwksKids()).contains(old, current);
        assertThat(http().get("/api/accounts/me", amina.bearer()).getStatusCode().value()).isEqualTo(200);

        retiredAt(old, Instant.now().minus(SigningKeyRing.RETENTION).minusSeconds(1));
        keys.maintain();
        assertThat(jwksKids()).doesNotContain(old).contains(current);
        problem(http().get("/api/accounts/me", amina.bearer()), 401);
        assertThat(mongo.findById(SigningKeys.RING, Document.class, SigningKeys.COLLECTION).toJson()).doesNotContain(old);
    }

    @Test
    void aKeyOlderThanItsLifetimeIsRotatedByTheScheduledCheck() {
        String old = keys.current().getKeyID();
        Document ring = mongo.findById(SigningKeys.RING, Document.class, SigningKeys.COLLECTION);
        ring.getList("keys", Document.class).stream().filter(key -> old.equals(key.getString("kid")))
                .forEach(key -> key.put("createdAt", Date.from(Instant.now().minus(Duration.ofDays(31)))));
        mongo.save(ring, SigningKeys.COLLECTION);

        keys.maintain();

        assertThat(keys.current().getKeyID()).isNotEqualTo(old);
        keys.maintain();
        assertThat(mongo.findById(SigningKeys.RING, Document.class, SigningKeys.COLLECTION).getList("keys", Document.class)
                .stream().filter(key -> key.get("retiredAt") == null)).hasSize(1);
    }

    @Test
    void aDecoderBuiltFromTheStoredRingVerifiesTokensOfEveryKeyInIt() throws Exception {
        String token = http().registerAndLogIn("Before Restart", "MENTEE").bearer().substring("Bearer ".length());
        rotate();

        // what a restarted instance builds: the ring loaded from Mongo, the decoder over it
        JwtDecoder decoder = SigningConfiguration.decoder(new SigningKeys(mongo, Clock.systemUTC()), issuer, audience);
        Jwt decoded = decoder.decode(token);

        assertThat(decoded.getClaimAsStringList("roles")).containsExactly("MENTEE");
        assertThat(decoded.getClaimAsString("name")).isEqualTo("Before Restart");
        assertThat(decoded.getAudience()).containsExactly(audience);
    }

    @Test
    void theLegacySingleKeyBecomesTheRingsFirstKey() {
        MongoTemplate database = new MongoTemplate(mongoClient, "profiles-legacy-key-" + UUID.randomUUID());
        RSAKey legacy = new SigningKeys(new MongoTemplate(mongoClient, "profiles-scratch-" + UUID.randomUUID()),
                Clock.systemUTC()).load();
        database.insert(new Document("_id", SigningKeys.LEGACY_CURRENT).append("kid", legacy.getKeyID())
                .append("jwk", legacy.toJSONString()).append("createdAt", new Date()), SigningKeys.COLLECTION);

        RSAKey loaded = new SigningKeys(database, Clock.systemUTC()).load();

        assertThat(loaded.getKeyID()).isEqualTo(legacy.getKeyID());
        assertThat(database.findAll(Document.class, SigningKeys.COLLECTION)).singleElement()
                .satisfies(ring -> assertThat(ring.get("_id")).isEqualTo(SigningKeys.RING));
        database.getDb().drop();
    }

    @Test
    void aConfiguredKeySignsIsNotRotatedByAgeAndAnotherConfiguredKeyRetiresIt() throws Exception {
        MongoTemplate database = new MongoTemplate(mongoClient, "profiles-configured-key-" + UUID.randomUUID());
        RSAKey generatedFirst = new SigningKeys(database, Clock.systemUTC()).load();
        RSAKey operatorsKey = new RSAKeyGenerator(2048).keyID("operators-key-1").generate();
        Clock muchLater = Clock.offset(Clock.systemUTC(), Duration.ofDays(45));

        SigningKeys configured = new SigningKeys(database, muchLater, Duration.ofDays(30), operatorsKey.toJSONString());
        assertThat(configured.load().getKeyID()).isEqualTo("operators-key-1");
        assertThat(configured.publicJwks().getKeys()).extracting(key -> key.getKeyID())
                .containsExactlyInAnyOrder("operators-key-1", generatedFirst.getKeyID());
        configured.maintain();
        assertThat(configured.current().getKeyID()).as("not rotated by age").isEqualTo("operators-key-1");
        assertThat(configured.isConfigured()).isTrue();
        assertThatThrownBy(configured::rotate).isInstanceOf(IllegalStateException.class);
        assertThat(new SigningKeys(database, muchLater, Duration.ofDays(30), operatorsKey.toJSONString()).load().getKeyID())
                .as("a second instance with the same configuration").isEqualTo("operators-key-1");

        RSAKey nextKey = new RSAKeyGenerator(2048).generate(); // no kid: its thumbprint becomes one
        SigningKeys reconfigured = new SigningKeys(database, muchLater, Duration.ofDays(30), nextKey.toJSONString());
        String nextKid = reconfigured.load().getKeyID();
        assertThat(nextKid).isEqualTo(nextKey.computeThumbprint().toString());
        assertThat(reconfigured.publicJwks().getKeys()).extracting(key -> key.getKeyID()).contains("operators-key-1", nextKid);
        assertThatThrownBy(() -> new SigningKeys(database, muchLater, Duration.ofDays(30), nextKey.toPublicJWK().toJSONString()))
                .isInstanceOf(IllegalStateException.class);
        database.getDb().drop();
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
        assertThat(freshDatabase.findAll(Document.class, SigningKeys.COLLECTION)).singleElement()
                .satisfies(ring -> assertThat(ring.getList("keys", Document.class)).hasSize(1));
        freshDatabase.getDb().drop();
    }
}
