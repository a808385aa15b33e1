package org.rematch.forums.moderation;

import java.util.Collection;
import java.util.List;
import org.rematch.forums.moderation.domain.AuditEntry;
import org.rematch.forums.web.Paging;
import org.rematch.kit.time.MicroStamps;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The {@code moderation_audit} collection, append-only: this class inserts and reads; there is no update or delete
 * here, and no endpoint changes an entry. The single exception is {@link #forget}, run by account erasure, which
 * replaces the erased person's id with {@link AuditEntry#ERASED} and leaves every entry and its action in place: the
 * law requires the person's data to go, and the log must stay complete.
 */
@Component
class AuditLog {

    private final MongoTemplate mongo;
    private final MicroStamps stamps = new MicroStamps();

    AuditLog(MongoTemplate mongo) {
        this.mongo = mongo;
        mongo.indexOps(AuditDocument.COLLECTION).createIndex(new Index().on("forumId", Sort.Direction.ASC)
                .on("stamp", Sort.Direction.DESC).named("forum_newest"));
        mongo.indexOps(AuditDocument.COLLECTION).createIndex(new Index().on("stamp", Sort.Direction.DESC).named("newest"));
        mongo.indexOps(AuditDocument.COLLECTION).createIndex(new Index().on("actorId", Sort.Direction.ASC).named("actorId"));
    }

    AuditEntry append(AuditEntry entry) {
        mongo.insert(AuditDocument.of(entry, stamps.next(entry.at())), AuditDocument.COLLECTION);
        return entry;
    }

    /** One page of the log of these forums (null: everything, suspensions included), newest first. */
    List<AuditEntry> page(Collection<String> forumIds, Paging paging) {
        Query query = Query.query(in(forumIds)).with(Sort.by(Sort.Order.desc("stamp"), Sort.Order.desc("_id")))
                .skip(paging.skip()).limit(paging.size());
        return mongo.find(query, AuditDocument.class, AuditDocument.COLLECTION).stream().map(AuditDocument::toEntry).toList();
    }

    long count(Collection<String> forumIds) {
        return mongo.count(Query.query(in(forumIds)), AuditDocument.COLLECTION);
    }

    /** The actions {@code accountId} took as a moderator (for their export). */
    List<AuditEntry> by(String accountId) {
        return mongo.find(Query.query(Criteria.where("actorId").is(accountId)).with(Sort.by("stamp")), AuditDocument.class,
                AuditDocument.COLLECTION).stream().map(AuditDocument::toEntry).toList();
    }

    /** Erasure: the person's id, wherever an entry names them, becomes the marker; the entries stay. Idempotent. */
    void forget(String accountId) {
        for (String field : List.of("actorId", "subjectId", "targetId")) {
            mongo.updateMulti(Query.query(Criteria.where(field).is(accountId)), new Update().set(field, AuditEntry.ERASED),
                    AuditDocument.COLLECTION);
        }
    }

    private static Criteria in(Collection<String> forumIds) {
        return forumIds == null ? new Criteria() : Criteria.where("forumId").in(forumIds);
    }
}
