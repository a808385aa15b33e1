package org.rematch.notifications.inbox;

import java.util.List;
import java.util.Optional;
import org.rematch.notifications.inbox.core.InboxItem;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/** Inbox items in the {@value #COLLECTION} collection, one document per item, always read by recipient. */
@Component
class InboxStore {

    static final String COLLECTION = "inbox_items";

    private final MongoTemplate mongo;

    InboxStore(MongoTemplate mongo) {
        this.mongo = mongo;
        mongo.indexOps(COLLECTION).createIndex(new Index()
                .on("recipientId", Sort.Direction.ASC)
                .on("createdAt", Sort.Direction.DESC)
                .named("recipient_newest_first"));
        mongo.indexOps(COLLECTION).createIndex(new Index().on("mentions", Sort.Direction.ASC).named("mentions"));
    }

    /** Inserts the item unless one with its id exists; the id comes from the event, so this is idempotent. */
    boolean insertOnce(InboxItem item) {
        try {
            mongo.insert(item, COLLECTION);
            return true;
        } catch (DuplicateKeyException alreadyThere) {
            return false;
        }
    }

    List<InboxItem> newestOf(String recipientId, int limit) {
        Query query = ofRecipient(recipientId)
                .with(Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("_id")))
                .limit(limit);
        return mongo.find(query, InboxItem.class, COLLECTION);
    }

    long unreadCount(String recipientId) {
        return mongo.count(ofRecipient(recipientId).addCriteria(Criteria.where("read").is(false)), COLLECTION);
    }

    /** Marks the item read if it is the recipient's; someone else's item is as absent as a missing one. */
    Optional<InboxItem> markRead(String itemId, String recipientId) {
        Query query = ofRecipient(recipientId).addCriteria(Criteria.where("_id").is(itemId));
        return Optional.ofNullable(mongo.findAndModify(query, new Update().set("read", true),
                FindAndModifyOptions.options().returnNew(true), InboxItem.class, COLLECTION));
    }

    /** Every item of the recipient, newest first (their data export). */
    List<InboxItem> allOf(String recipientId) {
        return mongo.find(ofRecipient(recipientId).with(Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("_id"))),
                InboxItem.class, COLLECTION);
    }

    /** Removes every item of a deleted account; deleting what is already gone changes nothing. */
    long eraseAllOf(String recipientId) {
        return mongo.remove(ofRecipient(recipientId), COLLECTION).getDeletedCount();
    }

    /** Other people's items that name the account. */
    List<InboxItem> mentioning(String accountId) {
        return mongo.find(Query.query(Criteria.where("mentions").is(accountId)), InboxItem.class, COLLECTION);
    }

    /**
     * Rewrites an item that names {@code erasedAccountId} into {@code forgotten} (same id, recipient and dates), in one
     * update filtered on the mention, so a second run finds nothing left to rewrite.
     */
    boolean rewriteWithout(String erasedAccountId, InboxItem forgotten) {
        Query query = Query.query(Criteria.where("_id").is(forgotten.id()).and("mentions").is(erasedAccountId));
        Update update = new Update()
                .set("title", forgotten.title())
                .set("body", forgotten.body())
                .set("link", forgotten.link())
                .pull("mentions", erasedAccountId);
        return mongo.updateFirst(query, update, COLLECTION).getModifiedCount() > 0;
    }

    private static Query ofRecipient(String recipientId) {
        return Query.query(Criteria.where("recipientId").is(recipientId));
    }
}
