package org.rematch.forums.membership;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bson.Document;
import org.rematch.forums.membership.domain.Membership;
import org.rematch.forums.web.Paging;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** The {@code memberships} collection: one document per person and forum. */
@Component
class Memberships {

    private final MongoTemplate mongo;

    Memberships(MongoTemplate mongo) {
        this.mongo = mongo;
        mongo.indexOps(MembershipDocument.COLLECTION).createIndex(new Index().on("forumId", Sort.Direction.ASC)
                .on("joinedAt", Sort.Direction.ASC).named("forum_joined"));
        mongo.indexOps(MembershipDocument.COLLECTION).createIndex(new Index().on("accountId", Sort.Direction.ASC).named("accountId"));
    }

    /** True if the membership is new; false if the person was a member already (the first membership stays). */
    boolean insert(Membership membership) {
        try {
            mongo.insert(MembershipDocument.of(membership), MembershipDocument.COLLECTION);
            return true;
        } catch (DuplicateKeyException alreadyAMember) {
            return false;
        }
    }

    Optional<MembershipDocument> find(String forumId, String accountId) {
        return Optional.ofNullable(mongo.findById(MembershipDocument.idOf(forumId, accountId), MembershipDocument.class,
                MembershipDocument.COLLECTION));
    }

    boolean exists(String forumId, String accountId) {
        return mongo.exists(byId(forumId, accountId), MembershipDocument.COLLECTION);
    }

    /** True if there was a membership to remove. */
    boolean delete(String forumId, String accountId) {
        return mongo.remove(byId(forumId, accountId), MembershipDocument.COLLECTION).getDeletedCount() > 0;
    }

    long count(String forumId) {
        return mongo.count(Query.query(Criteria.where("forumId").is(forumId)), MembershipDocument.COLLECTION);
    }

    /** One page of a forum's members, longest-standing first (a stable order: a newcomer does not shift earlier pages). */
    List<MembershipDocument> page(String forumId, Paging paging) {
        Query query = Query.query(Criteria.where("forumId").is(forumId))
                .with(Sort.by(Sort.Order.asc("joinedAt"), Sort.Order.asc("_id")))
                .skip(paging.skip()).limit(paging.size());
        return mongo.find(query, MembershipDocument.class, MembershipDocument.COLLECTION);
    }

    /** Every membership of one person, oldest first. */
    List<MembershipDocument> of(String accountId) {
        return mongo.find(Query.query(Criteria.where("accountId").is(accountId)).with(Sort.by("joinedAt")),
                MembershipDocument.class, MembershipDocument.COLLECTION);
    }

    /** Removes every membership of one person; returns the forums they were members of. */
    List<String> deleteAllOf(String accountId) {
        List<String> forumIds = of(accountId).stream().map(MembershipDocument::forumId).toList();
        mongo.remove(Query.query(Criteria.where("accountId").is(accountId)), MembershipDocument.COLLECTION);
        return forumIds;
    }

    /** How many members each forum with any has, counted in one aggregation. */
    Map<String, Long> countsByForum() {
        Aggregation countPerForum = Aggregation.newAggregation(Aggregation.group("forumId").count().as("count"));
        Map<String, Long> counts = new HashMap<>();
        mongo.aggregate(countPerForum, MembershipDocument.COLLECTION, Document.class).forEach(result ->
                counts.put(result.getString("_id"), result.get("count", Number.class).longValue()));
        return counts;
    }

    private static Query byId(String forumId, String accountId) {
        return Query.query(Criteria.where("_id").is(MembershipDocument.idOf(forumId, accountId)));
    }
}
