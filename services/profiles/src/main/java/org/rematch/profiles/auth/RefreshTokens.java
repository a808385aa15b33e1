package org.rematch.profiles.auth;

import jakarta.annotation.PostConstruct;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import org.rematch.profiles.core.RefreshTokenRules;
import org.rematch.profiles.core.RefreshTokenRules.State;
import org.rematch.profiles.core.Sha256;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * Opaque refresh tokens (256 random bits, base64url) kept in {@value #COLLECTION} only as their SHA-256 hash, with the
 * account, the family (one per login), the expiry and the state ({@link RefreshTokenRules}). A token is exchanged by
 * one conditional update from ACTIVE to ROTATED, so of two concurrent uses only one wins; the loser then finds it
 * ROTATED, which is reuse, and the family is revoked.
 */
@Component
public class RefreshTokens {

    static final String COLLECTION = "refresh_tokens";
    private static final int ROUNDS = 3;

    record RefreshToken(@Id String id, String accountId, String familyId, Instant issuedAt, Instant expiresAt, State state) {
    }

    /** The account a token was exchanged for and the next token of its family. */
    record Rotation(String accountId, String refreshToken) {
    }

    private final MongoTemplate mongo;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    RefreshTokens(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    @PostConstruct
    void ensureIndexes() {
        mongo.indexOps(COLLECTION).createIndex(new Index().on("familyId", Sort.Direction.ASC).named("family"));
        mongo.indexOps(COLLECTION).createIndex(new Index().on("accountId", Sort.Direction.ASC).named("account"));
    }

    /** Revokes every token of the account (every login): used when an admin disables it. */
    public void revokeAllOf(String accountId) {
        mongo.updateMulti(Query.query(Criteria.where("accountId").is(accountId)), new Update().set("state", State.REVOKED),
                COLLECTION);
    }

    /** Deletes every token of the account (erasure). */
    public void deleteAllOf(String accountId) {
        mongo.remove(Query.query(Criteria.where("accountId").is(accountId)), COLLECTION);
    }

    /** How many logins (families) of the account can still be refreshed: an active, unexpired token each. */
    public long activeSessions(String accountId) {
        return mongo.find(Query.query(Criteria.where("accountId").is(accountId).and("state").is(State.ACTIVE)
                        .and("expiresAt").gt(clock.instant())), RefreshToken.class, COLLECTION).stream()
                .map(RefreshToken::familyId).distinct().count();
    }

    /** Deletes tokens that expired more than {@code grace} ago (the scheduled pruning); returns how many. */
    public long deleteExpired(Duration grace) {
        return mongo.remove(Query.query(Criteria.where("expiresAt").lt(clock.instant().minus(grace))), COLLECTION)
                .getDeletedCount();
    }

    /** The first token of a new family (a login). */
    String issue(String accountId) {
        return issue(accountId, UUID.randomUUID().toString());
    }

    Rotation rotate(String presented) {
        String id = hash(presented);
        for (int round = 0; round < ROUNDS; round++) {
            RefreshToken stored = find(id);
            Instant now = clock.instant();
            switch (RefreshTokenRules.judge(stored.state(), stored.expiresAt(), familyRevoked(stored.familyId()), now)) {
                case REFUSE -> throw invalid();
                case REVOKE_FAMILY -> {
                    revokeFamily(stored.familyId());
                    throw invalid();
                }
                case ROTATE -> {
                    boolean claimed = mongo.updateFirst(Query.query(Criteria.where("_id").is(id).and("state").is(State.ACTIVE)
                                    .and("expiresAt").gt(now)),
                            new Update().set("state", State.ROTATED).set("rotatedAt", now), COLLECTION).getModifiedCount() == 1;
                    if (claimed) {
                        return new Rotation(stored.accountId(), issue(stored.accountId(), stored.familyId()));
                    }
                    // another use won the race: judge the token again as it is now
                }
            }
        }
        throw invalid();
    }

    /** Revokes the family of a known token (any state); an unknown token is refused. */
    void logout(String presented) {
        revokeFamily(find(hash(presented)).familyId());
    }

    void revokeFamily(String familyId) {
        mongo.updateMulti(Query.query(Criteria.where("familyId").is(familyId)), new Update().set("state", State.REVOKED),
                COLLECTION);
    }

    private String issue(String accountId, String familyId) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        mongo.insert(new RefreshToken(hash(token), accountId, familyId, now, RefreshTokenRules.expiry(now), State.ACTIVE),
                COLLECTION);
        return token;
    }

    private RefreshToken find(String id) {
        RefreshToken stored = mongo.findById(id, RefreshToken.class, COLLECTION);
        if (stored == null) {
            throw invalid();
        }
        return stored;
    }

    private boolean familyRevoked(String familyId) {
        return mongo.exists(Query.query(Criteria.where("familyId").is(familyId).and("state").is(State.REVOKED)), COLLECTION);
    }

    static ResponseStatusException invalid() {
        return new ResponseStatusException(HttpStatus.UNAUTHORIZED, "The refresh token is not valid");
    }

    static String hash(String token) {
        return Sha256.hex(token);
    }
}
