package org.rematch.forums.moderation;

import java.time.Instant;
import org.rematch.forums.moderation.domain.AuditEntry;
import org.rematch.forums.moderation.domain.ForumSettings;
import org.rematch.forums.moderation.domain.SlowMode;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/** The {@code forum_settings} collection: one document per forum whose moderators changed a safeguard; none means off. */
@Component
class SettingsStore {

    static final String COLLECTION = "forum_settings";

    record SettingsDocument(@Id String forumId, int slowModePostsPerMinute, boolean holdFirstDayPosts, String updatedBy,
            Instant updatedAt) {
    }

    private final MongoTemplate mongo;

    SettingsStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    ForumSettings of(String forumId) {
        SettingsDocument stored = mongo.findById(forumId, SettingsDocument.class, COLLECTION);
        return stored == null ? ForumSettings.DEFAULT
                : new ForumSettings(new SlowMode(stored.slowModePostsPerMinute()), stored.holdFirstDayPosts());
    }

    void save(String forumId, ForumSettings settings, String by, Instant at) {
        mongo.upsert(Query.query(Criteria.where("_id").is(forumId)), new Update()
                .set("slowModePostsPerMinute", settings.slowMode().postsPerMinute())
                .set("holdFirstDayPosts", settings.holdFirstDayPosts()).set("updatedBy", by).set("updatedAt", at), COLLECTION);
    }

    void forget(String accountId) {
        mongo.updateMulti(Query.query(Criteria.where("updatedBy").is(accountId)), new Update().set("updatedBy", AuditEntry.ERASED),
                COLLECTION);
    }
}
