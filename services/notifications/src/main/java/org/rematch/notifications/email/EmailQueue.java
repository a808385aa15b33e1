package org.rematch.notifications.email;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.rematch.notifications.inbox.InboxStore;
import org.rematch.notifications.inbox.core.InboxItem;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The emails waiting to be sent: the {@value #FIELD} field of the stored inbox items ({@link EmailStatus}). Every change
 * is one update of one item, filtered on the states it may change, so two instances never send the same email: whoever
 * claims it first holds it until the claim runs out.
 */
@Component
class EmailQueue {

    static final String FIELD = "email";
    private static final String STATE = FIELD + ".state";
    private static final String NEXT_ATTEMPT = FIELD + ".nextAttemptAt";
    private static final List<String> TO_SEND = List.of(EmailState.PENDING.name(), EmailState.FAILED.name());

    /** An item with its email, as the sender claimed it. */
    record QueuedEmail(InboxItem item, EmailStatus email) {
    }

    private final MongoTemplate mongo;

    EmailQueue(MongoTemplate mongo) {
        this.mongo = mongo;
        mongo.indexOps(InboxStore.COLLECTION).createIndex(new Index()
                .on(STATE, Sort.Direction.ASC)
                .on(NEXT_ATTEMPT, Sort.Direction.ASC)
                .named("email_due"));
    }

    /**
     * The items whose email is due, the one waiting longest first, at most {@code limit}: one read for a whole round of
     * the sender, which then claims each on its own by id. (Claiming "the next due one" instead reads the whole collection
     * once per email on the embedded store.)
     */
    List<String> due(Instant now, int limit) {
        Query due = Query.query(Criteria.where(STATE).in(TO_SEND).and(NEXT_ATTEMPT).lte(now))
                .with(Sort.by(NEXT_ATTEMPT)).limit(limit);
        due.fields().include("_id");
        return mongo.find(due, Document.class, InboxStore.COLLECTION).stream().map(stored -> stored.getString("_id")).toList();
    }

    /**
     * Claims the item's email if it is still due: one findAndModify that pushes its next attempt {@code hold} ahead, so
     * no other sender takes it meanwhile (empty: another one did, or it was settled since). A sender that dies holding
     * it leaves it to be taken again once the hold ends.
     */
    Optional<QueuedEmail> claim(String itemId, Instant now, Duration hold) {
        Query stillDue = Query.query(Criteria.where("_id").is(itemId).and(STATE).in(TO_SEND).and(NEXT_ATTEMPT).lte(now));
        Document claimed = mongo.findAndModify(stillDue, new Update().set(NEXT_ATTEMPT, now.plus(hold)),
                FindAndModifyOptions.options().returnNew(true), Document.class, InboxStore.COLLECTION);
        return Optional.ofNullable(claimed).map(this::read);
    }

    void sent(String itemId, Instant at) {
        change(itemId, new Update().set(STATE, EmailState.SENT.name()).set(FIELD + ".sentAt", at)
                .unset(NEXT_ATTEMPT).unset(FIELD + ".lastError"));
    }

    /** Records a failed try; it is tried again at {@code retryAt}. */
    void failed(String itemId, int attempts, String error, Instant retryAt) {
        change(itemId, new Update().set(STATE, EmailState.FAILED.name()).set(FIELD + ".attempts", attempts)
                .set(FIELD + ".lastError", error).set(NEXT_ATTEMPT, retryAt));
    }

    /** Leaves the email to wait for something it needs (an address): no failure, looked at again at {@code retryAt}. */
    void waiting(String itemId, String reason, Instant retryAt) {
        change(itemId, new Update().set(FIELD + ".lastError", reason).set(NEXT_ATTEMPT, retryAt));
    }

    /** Gives the email up on purpose, saying why. */
    void skipped(String itemId, String reason) {
        change(itemId, new Update().set(STATE, EmailState.SKIPPED.name()).set(FIELD + ".lastError", reason).unset(NEXT_ATTEMPT));
    }

    /** The people with items queued for their digest before {@code moment}. */
    List<String> digestRecipients(Instant moment) {
        return mongo.findDistinct(digestDue(moment), "recipientId", InboxStore.COLLECTION, String.class);
    }

    /** The person's items queued for their digest before {@code moment}. */
    List<QueuedEmail> digestOf(String recipientId, Instant moment) {
        return mongo.find(digestDue(moment).addCriteria(Criteria.where("recipientId").is(recipientId)), Document.class,
                InboxStore.COLLECTION).stream().map(this::read).toList();
    }

    /** Marks the items of a digest: sent with it, or left out of it on purpose (with why). */
    void settleDigest(List<String> itemIds, EmailState state, Instant at, String reason) {
        Update update = new Update().set(STATE, state.name());
        if (state == EmailState.SENT) {
            update.set(FIELD + ".sentAt", at);
        } else {
            update.set(FIELD + ".lastError", reason);
        }
        mongo.updateMulti(Query.query(Criteria.where("_id").in(itemIds).and(STATE).is(EmailState.DIGEST.name())), update,
                InboxStore.COLLECTION);
    }

    private static Query digestDue(Instant moment) {
        return Query.query(Criteria.where(STATE).is(EmailState.DIGEST.name()).and(FIELD + ".queuedAt").lt(moment));
    }

    /** The emails of the person's items, newest item first (their data export). */
    List<QueuedEmail> of(String recipientId) {
        Query query = Query.query(Criteria.where("recipientId").is(recipientId).and(FIELD).exists(true))
                .with(Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("_id")));
        return mongo.find(query, Document.class, InboxStore.COLLECTION).stream().map(this::read).toList();
    }

    /** Changes an email the sender may still act on; one already sent or skipped stays as it is. */
    private void change(String itemId, Update update) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(itemId).and(STATE).in(TO_SEND)), update, InboxStore.COLLECTION);
    }

    private QueuedEmail read(Document stored) {
        return new QueuedEmail(mongo.getConverter().read(InboxItem.class, stored),
                mongo.getConverter().read(EmailStatus.class, stored.get(FIELD, Document.class)));
    }
}
