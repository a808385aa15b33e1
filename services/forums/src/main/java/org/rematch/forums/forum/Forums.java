package org.rematch.forums.forum;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.rematch.contracts.Topics;
import org.rematch.contracts.forums.ForumSnapshot;
import org.rematch.forums.forum.domain.Forum;
import org.rematch.forums.forum.domain.PathTag;
import org.rematch.kit.outbox.EventOutbox;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
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
    }

    ForumDocument insert(Forum forum, Instant now) {
        ForumDocument document = ForumDocument.of(forum, now, List.of(outbox.event(Topics.FORUMS, forum.forumId(), snapshotOf(forum))));
        return mongo.insert(document, ForumDocument.COLLECTION);
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
