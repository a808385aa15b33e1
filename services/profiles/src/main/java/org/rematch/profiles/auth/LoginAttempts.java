package org.rematch.profiles.auth;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;
import org.rematch.profiles.core.Emails;
import org.rematch.profiles.core.LoginThrottle;
import org.rematch.profiles.core.LoginThrottle.Counter;
import org.rematch.profiles.core.LoginThrottle.Scope;
import org.rematch.profiles.core.Sha256;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The failed-login counters of {@link LoginThrottle}, shared by every instance through the collection
 * {@value #COLLECTION}: one document per key ("ACCOUNT:" or "ADDRESS:" + SHA-256 of the email or address, so the
 * collection holds no emails of people who merely mistyped), changed only by single conditional updates and upserts.
 */
@Component
class LoginAttempts {

    static final String COLLECTION = "login_attempts";
    private static final int ATTEMPTS = 5;

    record Attempts(@Id String id, Instant windowStart, int failures, Instant lockedUntil) {
        Counter counter() {
            return new Counter(windowStart, failures, lockedUntil);
        }
    }

    private final MongoTemplate mongo;
    private final LoginThrottle throttle;

    LoginAttempts(MongoTemplate mongo, LoginThrottle throttle) {
        this.mongo = mongo;
        this.throttle = throttle;
    }

    /** How long this email or this address must wait before trying again, if either is locked. */
    Optional<Duration> refusal(String email, String address) {
        return Stream.of(refusal(Scope.ACCOUNT, email), refusal(Scope.ADDRESS, address))
                .flatMap(Optional::stream)
                .max(Duration::compareTo);
    }

    void failed(String email, String address) {
        recordFailure(Scope.ACCOUNT, key(Scope.ACCOUNT, email));
        recordFailure(Scope.ADDRESS, key(Scope.ADDRESS, address));
    }

    void succeeded(String email, String address) {
        for (Scope scope : Scope.values()) {
            if (scope.resetOnSuccess()) {
                mongo.remove(Query.query(Criteria.where("_id").is(key(scope, scope == Scope.ACCOUNT ? email : address))), COLLECTION);
            }
        }
    }

    private Optional<Duration> refusal(Scope scope, String value) {
        Attempts attempts = mongo.findById(key(scope, value), Attempts.class, COLLECTION);
        return throttle.retryAfter(scope, attempts == null ? null : attempts.counter());
    }

    private void recordFailure(Scope scope, String key) {
        Instant now = throttle.now();
        Instant cutoff = throttle.windowCutoff(scope);
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            // counts into the open window ...
            boolean counted = mongo.updateFirst(Query.query(Criteria.where("_id").is(key).and("windowStart").gt(cutoff)),
                    new Update().inc("failures", 1), COLLECTION).getMatchedCount() == 1;
            if (!counted) {
                // ... or opens a new one (over a passed window, or as a new document); a concurrent opener makes the
                // upsert's insert a duplicate key, and the next round counts into the window it opened
                try {
                    mongo.upsert(Query.query(Criteria.where("_id").is(key).and("windowStart").lte(cutoff)),
                            new Update().set("windowStart", now).set("failures", 1).unset("lockedUntil"), COLLECTION);
                } catch (DuplicateKeyException concurrentlyOpened) {
                    continue;
                }
            }
            lockIfReached(scope, key);
            return;
        }
    }

    private void lockIfReached(Scope scope, String key) {
        Attempts attempts = mongo.findById(key, Attempts.class, COLLECTION);
        if (attempts != null && attempts.lockedUntil() == null && throttle.reachesLimit(scope, attempts.failures())) {
            mongo.updateFirst(Query.query(Criteria.where("_id").is(key).and("windowStart").is(attempts.windowStart())
                            .and("lockedUntil").is(null)),
                    new Update().set("lockedUntil", throttle.lockUntil(scope)), COLLECTION);
        }
    }

    private static String key(Scope scope, String value) {
        String normalized = scope == Scope.ACCOUNT ? Emails.normalize(value) : String.valueOf(value);
        return scope.name() + ":" + Sha256.hex(normalized);
    }
}
