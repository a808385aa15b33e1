package org.rematch.kit.privacy;

import java.util.List;
import org.rematch.kit.outbox.OutboxEvent;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * The outbox for tombstones of erased documents: the document that would normally carry the event is the one being
 * deleted, so its tombstones wait here (collection {@value #COLLECTION}, keyed by the erased account) until the relay
 * sent them; the relay then removes the whole entry, so nothing of the person remains. Announce first, delete second:
 * a crash in between leaves the documents for the retried erasure to delete, never a deletion nobody hears of.
 */
public class TombstoneOutbox {

    public static final String COLLECTION = "pending_tombstones";

    private final MongoTemplate mongo;

    public TombstoneOutbox(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Queues {@code tombstones} (see {@code EventOutbox.tombstone}) for publication; repeating it only repeats them. */
    public void announce(String accountId, List<OutboxEvent> tombstones) {
        if (tombstones.isEmpty()) {
            return;
        }
        Update update = new Update().push(OutboxEvent.FIELD).each(tombstones.toArray());
        mongo.upsert(Query.query(Criteria.where("_id").is(accountId)), update, COLLECTION);
    }
}
