package org.rematch.forums.membership;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bson.Document;
import org.rematch.contracts.Topics;
import org.rematch.contracts.forums.MemberJoined;
import org.rematch.contracts.forums.MemberLeft;
import org.rematch.forums.membership.domain.Membership;
import org.rematch.forums.web.Paging;
import org.rematch.kit.outbox.EventOutbox;
import org.rematch.kit.outbox.OutboxEvent;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The {@code memberships} collection: one document per person and forum, current or former ({@code leftAt} set).
 * Everything but the export and erasure reads current memberships only. Joining and leaving each write their
 * forums.activity event into the document's outbox in the same single-document write.
 */
@Component
class Memberships {

    private final MongoTemplate mongo;
    private final EventOutbox outbox;

    Memberships(MongoTemplate mongo, EventOutbox outbox) {
        this.mongo = mongo;
        this.outbox = outbox;
        mongo.indexOps(MembershipDocument.COLLECTION).createIndex(new Index().on("forumId", Sort.Direction.ASC)
                .on("joinedAt", Sort.Direction.ASC).named("forum_joined"));
        mongo.indexOps(MembershipDocument.COLLECTION).createIndex(new Index().on("accountId", Sort.Direction.ASC).named("accountId"));
    }

    /**
     * True if the membership is new (or a former member came back); false if the person is a member already (the
     * first membership stays).
     */
    boolean insert(Membership membership, String forumName) {
        OutboxEvent joined = outbox.event(Topics.FORUM_ACTIVITY, membership.forumId(), new MemberJoined(membership.forumId(),
                forumName, membership.accountId(), membership.via(), membership.joinedAt()));
        Query former = Query.query(Criteria.where("_id").is(MembershipDocument.idOf(membership.forumId(), membership.accountId()))
                .and("leftAt").exists(true));
        Update again = new Update().set("displayName", membership.displayName()).set("joinedAt", membership.joinedAt())
                .set("via", membership.via()).unset("leftAt").push(OutboxEvent.FIELD, joined);
        if (mongo.updateFirst(former, again, MembershipDocument.COLLECTION).getModifiedCount() > 0) {
            return true;
        }
        try {
            mongo.insert(MembershipDocument.of(membership, List.of(joined)), MembershipDocument.COLLECTION);
            return true;
        } catch (DuplicateKeyException alreadyAMember) {
            return false;
        }
    }

    Optional<MembershipDocument> find(String forumId, String accountId) {
        return Optional.ofNullable(mongo.findOne(current(forumId, accountId), MembershipDocument.class, MembershipDocument.COLLECTION));
    }

    /** Whether {@code accountId} was a member of the forum once and left. */
    boolean leftBefore(String forumId, String accountId) {
        return mongo.exists(Query.query(Criteria.where("_id").is(MembershipDocument.idOf(forumId, accountId)).and("leftAt").exists(true)),
                MembershipDocument.COLLECTION);
    }

    boolean exists(String forumId, String accountId) {
        return mongo.exists(current(forumId, accountId), MembershipDocument.COLLECTION);
    }

    /**
     * Ends a current membership at {@code at}, dropping the display name, with {@code left} (if any) in its outbox. True
     * if there was one to end.
     */
    boolean end(String forumId, String accountId, Instant at, Optional<MemberLeft> left) {
        Update update = new Update().set("leftAt", at).unset("displayName");
        left.ifPresent(event -> update.push(OutboxEvent.FIELD, outbox.event(Topics.FORUM_ACTIVITY, forumId, event)));
        return mongo.updateFirst(current(forumId, accountId), update, MembershipDocument.COLLECTION).getModifiedCount() > 0;
    }

    long count(String forumId) {
        return mongo.count(Query.query(Criteria.where("forumId").is(forumId).and("leftAt").exists(false)), MembershipDocument.COLLECTION);
    }

    /** One page of a forum's members, longest-standing first (a stable order: a newcomer does not shift earlier pages). */
    List<MembershipDocument> page(String forumId, Paging paging) {
        Query query = Query.query(Criteria.where("forumId").is(forumId).and("leftAt").exists(false))
                .with(Sort.by(Sort.Order.asc("joinedAt"), Sort.Order.asc("_id")))
                .skip(paging.skip()).limit(paging.size());
        return mongo.find(query, MembershipDocument.class, MembershipDocument.COLLECTION);
    }

    /** Every membership of one person, current and former, oldest first. */
    List<MembershipDocument> of(String accountId) {
        return mongo.find(Query.query(Criteria.where("accountId").is(accountId)).with(Sort.by("joinedAt")),
                MembershipDocument.class, MembershipDocument.COLLECTION);
    }

    /** Removes every membership of one person, former ones too; returns the forums they were members of. */
    List<String> deleteAllOf(String accountId) {
        List<String> forumIds = of(accountId).stream().map(MembershipDocument::forumId).toList();
        mongo.remove(Query.query(Criteria.where("accountId").is(accountId)), MembershipDocument.COLLECTION);
        return forumIds;
    }

    /** How many members each forum with any has, counted in one aggregation. */
    Map<String, Long> countsByForum() {
        Aggregation countPerForum = Aggregation.newAggregation(
                Aggregation.match(Criteria.where("leftAt").exists(false)),
                Aggregation.group("forumId").count().as("count"));
        Map<String, Long> counts = new HashMap<>();
        mongo.aggregate(countPerForum, MembershipDocument.COLLECTION, Document.class).forEach(result ->
                counts.put(result.getString("_id"), result.get("count", Number.class).longValue()));
        return counts;
    }

    private static Query current(String forumId, String accountId) {
        return Query.query(Criteria.where("_id").is(MembershipDocument.idOf(forumId, accountId)).and("leftAt").exists(false));
    }
}
