package org.rematch.profiles.auth;

import com.mongodb.client.result.UpdateResult;
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
 * Every attempt is claimed (counted as a failure) before its password is checked, by an increment that is conditional
 * on the count being below the limit, so attempts sent at the same instant cannot all be checked before the lock.
 */
@Component
public class LoginAttempts {

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

    /**
     * Claims one attempt for the email and for the address before the password is checked: the attempt counts as a
     * failure from now on (one conditional increment, which never passes the limit), so of many attempts sent at the
     * same instant at most the limit are checked; the others are refused with how long to wait. A success gives the
     * claim back ({@link #succeeded}).
     */
    Optional<Duration> claim(String email, String address) {
        Optional<Duration> refused = refusal(email, address);
        if (refused.isPresent()) {
            return refused;
        }
        if (!claim(Scope.ACCOUNT, key(Scope.ACCOUNT, email))) {
            return Optional.of(refusal(Scope.ACCOUNT, email).orElse(Duration.ofSeconds(1)));
        }
        if (!claim(Scope.ADDRESS, key(Scope.ADDRESS, address))) {
            return Optional.of(refusal(Scope.ADDRESS, address).orElse(Duration.ofSeconds(1)));
        }
        return Optional.empty();
    }

    /** The claimed attempt was a failure: it is counted already; lock the keys that reached their limit. */
    void failed(String email, String address) {
        lockIfReached(Scope.ACCOUNT, key(Scope.ACCOUNT, email));
        lockIfReached(Scope.ADDRESS, key(Scope.ADDRESS, address));
    }

    /** The claimed attempt succeeded: the account's count starts over; the address gets its claim back. */
    void succeeded(String email, String address) {
        mongo.remove(Query.query(Criteria.where("_id").is(key(Scope.ACCOUNT, email))), COLLECTION);
        mongo.updateFirst(Query.query(Criteria.where("_id").is(key(Scope.ADDRESS, address)).and("failures").gt(0)),
                new Update().inc("failures", -1), COLLECTION);
    }

    /** Deletes counters whose window and lockout both ended more than a window ago (the scheduled pruning). */
    long deleteStale() {
        Instant cutoff = throttle.now().minus(throttle.limit(Scope.ACCOUNT).window().plus(throttle.limit(Scope.ADDRESS).window()));
        return mongo.remove(Query.query(new Criteria().andOperator(
                Criteria.where("windowStart").lt(cutoff),
                new Criteria().orOperator(Criteria.where("lockedUntil").is(null), Criteria.where("lockedUntil").lt(cutoff)))),
                COLLECTION).getDeletedCount();
    }

    /** Deletes the account's failure counter (erasure); the address counters cannot be tied to anyone. */
    public void forgetAccount(String email) {
        mongo.remove(Query.query(Criteria.where("_id").is(key(Scope.ACCOUNT, email))), COLLECTION);
    }

    private Optional<Duration> refusal(Scope scope, String value) {
        Attempts attempts = mongo.findById(key(scope, value), Attempts.class, COLLECTION);
        return throttle.retryAfter(scope, attempts == null ? null : attempts.counter());
    }

    /** One more attempt in the open window unless that reaches past the limit, or the first of a new window. */
    private boolean claim(Scope scope, String key) {
        int max = throttle.limit(scope).maxFailures();
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Instant cutoff = throttle.windowCutoff(scope);
            boolean counted = mongo.updateFirst(Query.query(Criteria.where("_id").is(key).and("windowStart").gt(cutoff)
                            .and("failures").lt(max)),
                    new Update().inc("failures", 1), COLLECTION).getModifiedCount() == 1;
            if (counted) {
                return true;
            }
            if (mongo.exists(Query.query(Criteria.where("_id").is(key).and("windowStart").gt(cutoff)), COLLECTION)) {
                return false; // the open window is full
            }
            // no open window: open one (over a passed window, or as a new document); a concurrent opener makes the
            // upsert's insert a duplicate key, and the next round counts into the window it opened
            try {
                UpdateResult opened = mongo.upsert(Query.query(Criteria.where("_id").is(key).and("windowStart").lte(cutoff)),
                        new Update().set("windowStart", throttle.now()).set("failures", 1).unset("lockedUntil"), COLLECTION);
                if (opened.getUpsertedId() != null || opened.getModifiedCount() == 1) {
                    return true;
                }
            } catch (DuplicateKeyException concurrentlyOpened) {
                continue;
            }
        }
        return false;
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
