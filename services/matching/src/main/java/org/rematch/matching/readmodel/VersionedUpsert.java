package org.rematch.matching.readmodel;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/** Applies a snapshot only when it is newer than the stored one, so replays and redeliveries change nothing. */
final class VersionedUpsert {

    private VersionedUpsert() {
    }

    /**
     * Upsert filtered on {@code _id} and {@code version < incoming}: when a newer or equal version is stored, the
     * upsert tries to insert the same _id, which the unique _id index refuses; that refusal means "stale, ignore".
     */
    static boolean apply(MongoTemplate mongo, Query newerThanStored, Update update, String collection) {
        try {
            mongo.upsert(newerThanStored, update, collection);
            return true;
        } catch (DuplicateKeyException staleOrReplayed) {
            return false;
        }
    }
}
