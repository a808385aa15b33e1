package org.rematch.notifications.inbox;

import java.util.Collection;
import org.rematch.contracts.accounts.AccountSnapshot;
import org.rematch.contracts.accounts.Role;
import org.rematch.notifications.inbox.core.Staff;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Who the platform's admins are, so an urgent report in a forum without moderators of its own can page them: the
 * account ids (and snapshot versions) of ADMIN accounts from profiles.accounts, in {@value #COLLECTION}. Nobody else's
 * id is kept. An admin whose snapshot loses the role, or whose account is erased, leaves.
 */
@Component
class PlatformAdmins implements Staff {

    static final String COLLECTION = "platform_admins";

    /** One admin account: its id and the version of the snapshot that said so. */
    record Admin(String id, long version) {
    }

    private final MongoTemplate mongo;
    private final ErasedAccounts erased;

    PlatformAdmins(MongoTemplate mongo, ErasedAccounts erased) {
        this.mongo = mongo;
        this.erased = erased;
    }

    /**
     * Applies an account snapshot unless a newer one is known. Only admins are stored, so an older snapshot replayed after
     * a non-admin one could bring a former admin back for a moment; replays come in order within the account's
     * partition, so the newest snapshot always has the last word.
     */
    void apply(AccountSnapshot account) {
        String accountId = account.accountId();
        if (accountId == null) {
            return;
        }
        Query olderThanThis = Query.query(Criteria.where("_id").is(accountId).and("version").lt(account.version()));
        boolean admin = account.roles() != null && account.roles().contains(Role.ADMIN);
        if (!admin || erased.contains(accountId)) {
            mongo.remove(olderThanThis, COLLECTION);
            return;
        }
        try {
            mongo.upsert(olderThanThis, new Update().set("version", account.version()), COLLECTION);
        } catch (DuplicateKeyException newerAlreadyKnown) {
            // the filter missed because the stored snapshot is as new or newer; it stands
        }
    }

    /** An erased account is no admin any more; forgetting one that is not here changes nothing. */
    void forget(String accountId) {
        mongo.remove(Query.query(Criteria.where("_id").is(accountId)), COLLECTION);
    }

    boolean isAdmin(String accountId) {
        return mongo.exists(Query.query(Criteria.where("_id").is(accountId)), COLLECTION);
    }

    @Override
    public Collection<String> admins() {
        return mongo.findAll(Admin.class, COLLECTION).stream().map(Admin::id).toList();
    }

    @Override
    public boolean erased(String accountId) {
        return erased.contains(accountId);
    }
}
