package org.rematch.notifications.email;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Each person's daily digest in {@value #COLLECTION}, one document per person ({@code _id} their account id): which digest
 * moment was last sent, and the state of the one being sent. Claiming is one findAndModify, so two instances never send
 * the same digest, and a digest sent for a moment is never sent again for it: one a day.
 * Personal data: exported, and deleted when the account is erased.
 */
@Component
class DigestRecords {

    static final String COLLECTION = "email_digests";

    /**
     * One person's digest.
     *
     * @param sentFor       the moment of the last digest sent (it held the items queued before it)
     * @param attempts      failed tries of the digest being sent
     * @param nextAttemptAt when it may be tried next; pushed ahead while a sender holds it
     */
    record DigestRecord(String id, Instant sentFor, Instant sentAt, int attempts, Instant nextAttemptAt, String lastError) {
    }

    private final MongoTemplate mongo;

    DigestRecords(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /**
     * Claims the person's digest for {@code moment} unless it was sent for that moment already, waits for a later try, or
     * another sender holds it.
     */
    Optional<DigestRecord> claim(String recipientId, Instant moment, Instant now, Duration hold) {
        // the person's document exists from their first digest on; creating it twice is harmless
        mongo.upsert(byId(recipientId), new Update().setOnInsert("attempts", 0), COLLECTION);
        Query claimable = Query.query(new Criteria().andOperator(
                Criteria.where("_id").is(recipientId),
                new Criteria().orOperator(Criteria.where("sentFor").exists(false), Criteria.where("sentFor").lt(moment)),
                new Criteria().orOperator(Criteria.where("nextAttemptAt").exists(false), Criteria.where("nextAttemptAt").lte(now))));
        return Optional.ofNullable(mongo.findAndModify(claimable, new Update().set("nextAttemptAt", now.plus(hold)),
                FindAndModifyOptions.options().returnNew(true), DigestRecord.class, COLLECTION));
    }

    void sent(String recipientId, Instant moment, Instant at) {
        mongo.updateFirst(byId(recipientId), new Update().set("sentFor", moment).set("sentAt", at).set("attempts", 0)
                .unset("nextAttemptAt").unset("lastError"), COLLECTION);
    }

    void failed(String recipientId, int attempts, String error, Instant retryAt) {
        mongo.updateFirst(byId(recipientId), new Update().set("attempts", attempts).set("lastError", error).set("nextAttemptAt", retryAt),
                COLLECTION);
    }

    /** Lets the digest wait for something it needs (an address), without counting a failure. */
    void waiting(String recipientId, String reason, Instant retryAt) {
        mongo.updateFirst(byId(recipientId), new Update().set("lastError", reason).set("nextAttemptAt", retryAt), COLLECTION);
    }

    Optional<DigestRecord> of(String recipientId) {
        return Optional.ofNullable(mongo.findOne(byId(recipientId), DigestRecord.class, COLLECTION));
    }

    void forget(String recipientId) {
        mongo.remove(byId(recipientId), COLLECTION);
    }

    private static Query byId(String recipientId) {
        return Query.query(Criteria.where("_id").is(recipientId));
    }
}
