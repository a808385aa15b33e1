package org.rematch.notifications.preferences;

import java.util.Map;
import org.bson.Document;
import org.rematch.notifications.inbox.core.InboxItemType;
import org.rematch.notifications.preferences.core.EmailChoice;
import org.rematch.notifications.preferences.core.EmailPreferences;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Each person's email choices in {@value #COLLECTION}: one document per person who ever chose, {@code _id} their account
 * id, {@code email} a map of type name to choice. Personal data: exported, and deleted when the account is erased.
 */
@Component
public class Preferences {

    public static final String COLLECTION = "notification_preferences";
    private static final String EMAIL = "email";

    private final MongoTemplate mongo;

    Preferences(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public EmailPreferences of(String accountId) {
        Document stored = mongo.findOne(byId(accountId), Document.class, COLLECTION);
        return EmailPreferences.fromStored(stored != null && stored.get(EMAIL) instanceof Document choices ? choices : Map.of());
    }

    /** Records the choices (checked already) in one update of the person's document, leaving the other types as they are. */
    public EmailPreferences choose(String accountId, Map<InboxItemType, EmailChoice> changes) {
        Update update = new Update();
        changes.forEach((type, choice) -> update.set(EMAIL + "." + type.name(), choice.name()));
        mongo.upsert(byId(accountId), update, COLLECTION);
        return of(accountId);
    }

    /** Forgets an erased person's choices; forgetting someone who never chose changes nothing. */
    void forget(String accountId) {
        mongo.remove(byId(accountId), COLLECTION);
    }

    private static Query byId(String accountId) {
        return Query.query(Criteria.where("_id").is(accountId));
    }
}
