package org.rematch.matching.readmodel;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/** Applies a snapshot only when it is newer than the stored one, so replays and redeliveries change nothing. */
final class VersionedUpsert {

    private VersionedUpsert() {
    }

    /**
     * Sets {@code version} and the snapshot's fields with an upsert filtered on {@code _id} and
     * {@code version < incoming}: when a newer or equal version is stored, the upsert tries to insert the same _id,
     * which the unique _id index refuses; that refusal means "stale, ignore".
     *
     * @return whether the snapshot was newer than what is kept, and so applied
     */
    static boolean apply(MongoTemplate mongo, String collection, String id, long version, Update fields) {
        Query newerThanStored = Query.query(Criteria.where("_id").is(id).and("version").lt(version));
        try {
            mongo.upsert(newerThanStored, fields.set("version", version), collection);
            return true;
        } catch (DuplicateKeyException staleOrReplayed) {
            return false;
        }
    }
}
