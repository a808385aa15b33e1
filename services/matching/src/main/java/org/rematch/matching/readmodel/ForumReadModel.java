package org.rematch.matching.readmodel;

import java.util.List;
import org.rematch.contracts.forums.ForumSnapshot;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/** The {@code forums} read model: snapshot upserts guarded by version. */
@Component
public class ForumReadModel {

    public static final String COLLECTION = "forums";
    public static final String OPEN = "OPEN";

    private final MongoTemplate mongo;

    public ForumReadModel(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** @return whether the snapshot was newer than what is kept, and so applied */
    public boolean apply(ForumSnapshot snapshot) {
        Update update = new Update()
                .set("name", snapshot.name())
                .set("tags", snapshot.tags() == null ? List.of() : List.copyOf(snapshot.tags()))
                .set("state", snapshot.state() == null ? null : snapshot.state().name())
                .set("memberCount", snapshot.memberCount());
        return VersionedUpsert.apply(mongo, COLLECTION, snapshot.forumId(), snapshot.version(), update);
    }

    public void delete(String forumId) {
        mongo.remove(Query.query(Criteria.where("_id").is(forumId)), COLLECTION);
    }

    public List<ForumView> open() {
        return mongo.find(Query.query(Criteria.where("state").is(OPEN)), ForumView.class, COLLECTION);
    }
}
