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

    /** Removes every item of a deleted account; deleting what is already gone changes nothing. */
    long eraseAllOf(String recipientId) {
        return mongo.remove(ofRecipient(recipientId), COLLECTION).getDeletedCount();
    }

    private static Query ofRecipient(String recipientId) {
        return Query.query(Criteria.where("recipientId").is(recipientId));
    }
}
