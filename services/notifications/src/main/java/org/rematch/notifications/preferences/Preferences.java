package org.rematch.notifications.preferences;

import java.util.Map;
import org.bson.Document;
import org.rematch.notifications.accounts.ErasedAccounts;
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
    private final ErasedAccounts erased;

    Preferences(MongoTemplate mongo, ErasedAccounts erased) {
        this.mongo = mongo;
        this.erased = erased;
    }

    public EmailPreferences of(String accountId) {
        Document stored = mongo.findOne(byId(accountId), Document.class, COLLECTION);
        return EmailPreferences.fromStored(stored != null && stored.get(EMAIL) instanceof Document choices ? choices : Map.of());
    }

    /**
     * Records the choices (checked already) in one update of the person's document, leaving the other types as they are.
     * Nothing is stored for an erased person (whose token may still be valid for a few minutes, or whose old email's
     * unsubscribe link is followed): they get no email anyway.
     */
    public EmailPreferences choose(String accountId, Map<InboxItemType, EmailChoice> changes) {
        if (erased.contains(accountId)) {
            return EmailPreferences.fromStored(Map.of());
        }
        Update update = new Update();
        changes.forEach((type, choice) -> update.set(EMAIL + "." + type.name(), choice.name()));
        mongo.upsert(byId(accountId), update, COLLECTION);
        if (erased.contains(accountId)) {
            // erased while this ran: the erasure may have deleted before this write
            forget(accountId);
        }
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
