package org.rematch.forums.moderation;

import java.time.Instant;
import java.util.List;
import org.rematch.contracts.Topics;
import org.rematch.contracts.forums.ForumActivity;
import org.rematch.forums.moderation.domain.AuditEntry;
import org.rematch.forums.moderation.domain.Sanction;
import org.rematch.forums.moderation.domain.SanctionKind;
import org.rematch.kit.outbox.EventOutbox;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The {@code sanctions} collection. Whether a sanction is in force is decided by the domain against the clock at the
 * time of asking (Sanction.activeAt), so an expired mute needs no job to end it; the embedded database has no TTL
 * indexes anyway, and the record must outlive the mute.
 */
@Component
class Sanctions {

    private final MongoTemplate mongo;
    private final EventOutbox outbox;

    Sanctions(MongoTemplate mongo, EventOutbox outbox) {
        this.mongo = mongo;
        this.outbox = outbox;
        mongo.indexOps(SanctionDocument.COLLECTION).createIndex(new Index().on("accountId", Sort.Direction.ASC)
                .on("forumId", Sort.Direction.ASC).named("account_forum"));
    }

    /**
     * Stores a new sanction with {@code told} in its outbox, keyed by the forum (a suspension, which covers every forum,
     * by its person).
     */
    void insert(Sanction sanction, ForumActivity told) {
        String key = sanction.forumId() == null ? sanction.accountId() : sanction.forumId();
        mongo.insert(SanctionDocument.of(sanction, List.of(outbox.event(Topics.FORUM_ACTIVITY, key, told))), SanctionDocument.COLLECTION);
    }

    /** The person's unlifted sanctions in this forum and their unlifted suspensions (the domain checks expiry). */
    List<Sanction> unlifted(String accountId, String forumId) {
        Query query = Query.query(Criteria.where("accountId").is(accountId).and("liftedAt").is(null)
                .orOperator(Criteria.where("forumId").is(forumId), Criteria.where("kind").is(SanctionKind.SUSPENSION)));
        return mongo.find(query, SanctionDocument.class, SanctionDocument.COLLECTION).stream().map(SanctionDocument::toSanction).toList();
    }

    /** Lifts the person's sanctions of this kind in the forum (null: suspensions) that are still in force; returns them. */
    List<Sanction> lift(SanctionKind kind, String forumId, String accountId, String by, String reason, Instant at) {
        List<Sanction> active = mongo.find(Query.query(Criteria.where("accountId").is(accountId).and("kind").is(kind)
                        .and("forumId").is(forumId).and("liftedAt").is(null)), SanctionDocument.class, SanctionDocument.COLLECTION)
                .stream().map(SanctionDocument::toSanction).filter(s -> s.activeAt(at)).toList();
        for (Sanction sanction : active) {
            mongo.updateFirst(Query.query(Criteria.where("_id").is(sanction.sanctionId()).and("liftedAt").is(null)),
                    new Update().set("liftedAt", at).set("liftedBy", by).set("liftReason", reason), SanctionDocument.COLLECTION);
        }
        return active;
    }

    List<SanctionDocument> against(String accountId) {
        return mongo.find(Query.query(Criteria.where("accountId").is(accountId)).with(Sort.by("at")), SanctionDocument.class,
                SanctionDocument.COLLECTION);
    }

    /**
     * Erasure: sanctions against the person go (there is no one left to keep from posting; the audit log keeps that
     * they happened), and sanctions they imposed or lifted no longer name them.
     */
    void forget(String accountId) {
        mongo.remove(Query.query(Criteria.where("accountId").is(accountId)), SanctionDocument.COLLECTION);
        mongo.updateMulti(Query.query(Criteria.where("byId").is(accountId)), new Update().set("byId", AuditEntry.ERASED),
                SanctionDocument.COLLECTION);
        mongo.updateMulti(Query.query(Criteria.where("liftedBy").is(accountId)), new Update().set("liftedBy", AuditEntry.ERASED),
                SanctionDocument.COLLECTION);
    }
}
