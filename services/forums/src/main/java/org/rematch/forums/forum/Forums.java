package org.rematch.forums.forum;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bson.Document;
import org.rematch.contracts.Topics;
import org.rematch.contracts.forums.ForumActivity;
import org.rematch.contracts.forums.ForumSnapshot;
import org.rematch.forums.forum.domain.Forum;
import org.rematch.forums.forum.domain.PathTag;
import org.rematch.kit.outbox.EventOutbox;
import org.rematch.kit.outbox.OutboxEvent;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The {@code forums} collection. A new forum is inserted together with its first snapshot in its outbox (one
 * single-document insert), and the unique index on nameKey turns a duplicate name into a DuplicateKeyException.
 */
@Component
class Forums {

    private final MongoTemplate mongo;
    private final EventOutbox outbox;

    Forums(MongoTemplate mongo, EventOutbox outbox) {
        this.mongo = mongo;
        this.outbox = outbox;
        // created before the web server takes requests, so no duplicate can slip in before the index exists
        mongo.indexOps(ForumDocument.COLLECTION).createIndex(new Index().on("nameKey", Sort.Direction.ASC).unique().named("unique_name"));
        mongo.indexOps(ForumDocument.COLLECTION).createIndex(new Index().on("tags", Sort.Direction.ASC).named("tags"));
        mongo.indexOps(ForumDocument.COLLECTION).createIndex(new Index().on("moderators", Sort.Direction.ASC).named("moderators"));
        mongo.indexOps(ForumDocument.COLLECTION).createIndex(new Index().on("createdBy", Sort.Direction.ASC).named("createdBy"));
    }

    ForumDocument insert(Forum forum, Instant now) {
        ForumDocument document = ForumDocument.of(forum, now, List.of(outbox.event(Topics.FORUMS, forum.forumId(), snapshotOf(forum))));
        return mongo.insert(document, ForumDocument.COLLECTION);
    }

    /**
     * Writes {@code revised} (name, description, rules, tags, state, member count) only if the stored version is still the
     * one it was revised from, with its snapshot pushed to the outbox in the same update. False when someone changed it
     * meanwhile; a name another forum has is a DuplicateKeyException. {@code activity} (a lock, an archive) is pushed
     * for forums.activity in the same update.
     */
    boolean replace(Forum revised, Optional<ForumActivity> activity) {
        List<OutboxEvent> events = new ArrayList<>();
        events.add(outbox.event(Topics.FORUMS, revised.forumId(), snapshotOf(revised)));
        activity.ifPresent(event -> events.add(outbox.event(Topics.FORUM_ACTIVITY, revised.forumId(), event)));
        Query sameVersion = Query.query(Criteria.where("_id").is(revised.forumId()).and("version").is(revised.version() - 1));
        Update update = new Update()
                .set("version", revised.version())
                .set("name", revised.name())
                .set("nameKey", revised.nameKey())
                .set("description", revised.description())
                .set("rules", revised.rules())
                .set("tags", List.copyOf(revised.tagNames()))
                .set("state", revised.state())
                .set("memberCount", revised.memberCount())
                .push(OutboxEvent.FIELD).each(events.toArray());
        return mongo.updateFirst(sameVersion, update, ForumDocument.COLLECTION).getModifiedCount() == 1;
    }

    /** Adds a moderator (a set: appointing twice changes nothing). Moderators are not in the snapshot: no event. */
    void addModerator(String forumId, String accountId) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(forumId)), new Update().addToSet("moderators", accountId),
                ForumDocument.COLLECTION);
    }

    /**
     * Forgets an erased account in every forum, in two multi-document updates that are each idempotent: it is pulled
     * from the moderator sets and no longer named as creator (null). Forums stay; their snapshots do not name people,
     * so nothing is published.
     */
    void forget(String accountId) {
        mongo.updateMulti(Query.query(Criteria.where("moderators").is(accountId)), new Update().pull("moderators", accountId),
                ForumDocument.COLLECTION);
        mongo.updateMulti(Query.query(Criteria.where("createdBy").is(accountId)), new Update().set("createdBy", null),
                ForumDocument.COLLECTION);
    }

    /** The forums {@code accountId} created or moderates. */
    List<ForumDocument> involving(String accountId) {
        Query query = Query.query(new Criteria().orOperator(Criteria.where("createdBy").is(accountId),
                Criteria.where("moderators").is(accountId))).with(Sort.by("nameKey"));
        return mongo.find(query, ForumDocument.class, ForumDocument.COLLECTION);
    }

    /** The names of the forums with these ids that exist. */
    Map<String, String> names(Collection<String> forumIds) {
        Query query = Query.query(Criteria.where("_id").in(forumIds));
        query.fields().include("name");
        Map<String, String> names = new HashMap<>();
        mongo.find(query, Document.class, ForumDocument.COLLECTION)
                .forEach(forum -> names.put(forum.getString("_id"), forum.getString("name")));
        return names;
    }

    /** Every forum's id and the member count it holds (and publishes). */
    Map<String, Integer> memberCounts() {
        Query query = new Query();
        query.fields().include("memberCount");
        Map<String, Integer> counts = new HashMap<>();
        mongo.find(query, Document.class, ForumDocument.COLLECTION)
                .forEach(forum -> counts.put(forum.getString("_id"), forum.get("memberCount", Number.class).intValue()));
        return counts;
    }

    Optional<ForumDocument> find(String forumId) {
        return Optional.ofNullable(mongo.findById(forumId, ForumDocument.class, ForumDocument.COLLECTION));
    }

    List<ForumDocument> list(Optional<PathTag> tag) {
        Query query = tag.map(t -> Query.query(Criteria.where("tags").is(t.toString()))).orElseGet(Query::new)
                .with(Sort.by("nameKey"));
        return mongo.find(query, ForumDocument.class, ForumDocument.COLLECTION);
    }

    static ForumSnapshot snapshotOf(Forum forum) {
        return new ForumSnapshot(forum.forumId(), forum.version(), forum.name(), forum.tagNames(), forum.state(), forum.memberCount());
    }
}
