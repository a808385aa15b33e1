package org.rematch.notifications.inbox;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bson.Document;
import org.rematch.notifications.inbox.core.InboxItem;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Inbox items in the {@value #COLLECTION} collection, one document per item, always read by recipient. Each document
 * also carries {@value #STAMP}, when it was stored ({@link StoreStamps}), which orders the live stream, and the state
 * of the item's other channels ({@link ItemChannel}), which those channels read and update.
 */
@Component
public class InboxStore {

    public static final String COLLECTION = "inbox_items";
    static final String STAMP = "storedAt";

    /** An item with when it was stored. */
    record Stored(InboxItem item, long stamp) {
    }

    private final MongoTemplate mongo;
    private final StoreStamps stamps;

    InboxStore(MongoTemplate mongo, StoreStamps stamps) {
        this.mongo = mongo;
        this.stamps = stamps;
        mongo.indexOps(COLLECTION).createIndex(new Index()
                .on("recipientId", Sort.Direction.ASC)
                .on("createdAt", Sort.Direction.DESC)
                .named("recipient_newest_first"));
        mongo.indexOps(COLLECTION).createIndex(new Index().on("mentions", Sort.Direction.ASC).named("mentions"));
        mongo.indexOps(COLLECTION).createIndex(new Index().on("recipientId", Sort.Direction.ASC).on(STAMP, Sort.Direction.ASC)
                .named("recipient_stored"));
    }

    /**
     * Inserts the item, stamped with when it was stored and with the other channels' states beside it (field name to
     * state), unless one with its id exists; the id comes from the event, so this is idempotent.
     */
    boolean insertOnce(InboxItem item, Map<String, Object> channelStates) {
        Document document = new Document();
        mongo.getConverter().write(item, document);
        document.put(STAMP, stamps.next());
        channelStates.forEach((field, state) -> document.put(field, mongo.getConverter().convertToMongoType(state)));
        try {
            mongo.insert(document, COLLECTION);
            return true;
        } catch (DuplicateKeyException alreadyThere) {
            return false;
        }
    }

    /** One page of the recipient's items, newest first. */
    List<InboxItem> newestOf(String recipientId, int skip, int limit) {
        Query query = ofRecipient(recipientId)
                .with(Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("_id")))
                .skip(skip).limit(limit);
        return mongo.find(query, InboxItem.class, COLLECTION);
    }

    long count(String recipientId) {
        return mongo.count(ofRecipient(recipientId), COLLECTION);
    }

    /** Marks every unread item of the recipient read; returns how many were. */
    long markAllRead(String recipientId) {
        return mongo.updateMulti(ofRecipient(recipientId).addCriteria(Criteria.where("read").is(false)), new Update().set("read", true),
                COLLECTION).getModifiedCount();
    }

    /** When the recipient's latest item was stored (0 when they have none): where a live stream starting now resumes. */
    long latestStamp(String recipientId) {
        Query query = ofRecipient(recipientId).addCriteria(Criteria.where(STAMP).exists(true))
                .with(Sort.by(Sort.Order.desc(STAMP))).limit(1);
        query.fields().include(STAMP);
        Document latest = mongo.findOne(query, Document.class, COLLECTION);
        return latest == null ? 0 : latest.get(STAMP, Number.class).longValue();
    }

    /** The items of these recipients stored after {@code after} and up to {@code upTo}, oldest stored first. */
    List<Stored> storedBetween(Collection<String> recipientIds, long after, long upTo) {
        Query query = Query.query(Criteria.where("recipientId").in(recipientIds).and(STAMP).gt(after).lte(upTo))
                .with(Sort.by(Sort.Order.asc(STAMP)));
        return mongo.find(query, Document.class, COLLECTION).stream()
                .map(document -> new Stored(mongo.getConverter().read(InboxItem.class, document),
                        document.get(STAMP, Number.class).longValue()))
                .toList();
    }

    /**
     * How many unread items each of these recipients has, in one aggregation: the live stream asks for everyone it
     * pushes to at once, as one count query per person would each read the whole collection on an embedded store.
     */
    Map<String, Long> unreadCounts(Collection<String> recipientIds) {
        Aggregation unreadPerRecipient = Aggregation.newAggregation(
                Aggregation.match(Criteria.where("recipientId").in(recipientIds).and("read").is(false)),
                Aggregation.group("recipientId").count().as("unread"));
        Map<String, Long> counts = new HashMap<>();
        recipientIds.forEach(recipientId -> counts.put(recipientId, 0L));
        mongo.aggregate(unreadPerRecipient, COLLECTION, Document.class).forEach(result ->
                counts.put(result.getString("_id"), result.get("unread", Number.class).longValue()));
        return counts;
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
