package org.rematch.notifications.accounts;

import java.util.List;
import java.util.Optional;
import org.rematch.contracts.accounts.AccountSnapshot;
import org.rematch.contracts.accounts.Role;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The read model of profiles.accounts in {@value #COLLECTION}: one {@link Account} per living account, so an email
 * finds its address and the name to greet, an accepted mentee how to reach their mentor, and an urgent report the
 * admins. Personal data: exported with the rest of notifications' data, deleted when the account is erased
 * ({@link AccountsErasure}) and never brought back by a snapshot that arrives after that ({@link ErasedAccounts}).
 */
@Component
public class Accounts {

    public static final String COLLECTION = "accounts";

    /** Where notifications kept the admins' ids alone before this read model; dropped, so no erased admin lingers there. */
    private static final String RETIRED_ADMINS = "platform_admins";

    private final MongoTemplate mongo;
    private final ErasedAccounts erased;

    Accounts(MongoTemplate mongo, ErasedAccounts erased) {
        this.mongo = mongo;
        this.erased = erased;
        mongo.dropCollection(RETIRED_ADMINS);
        mongo.indexOps(COLLECTION).createIndex(new Index().on("roles", Sort.Direction.ASC).named("roles"));
    }

    /**
     * Applies an account snapshot unless the same or a newer version is known: one upsert filtered on an older version,
     * so of two snapshots applied at once the newer always has the last word. An erased account is not brought back,
     * not even by a snapshot applied while the erasure runs: that one is removed again once the erasure is seen.
     */
    public void apply(AccountSnapshot snapshot) {
        String accountId = snapshot.accountId();
        if (accountId == null || accountId.isBlank() || erased.contains(accountId)) {
            return;
        }
        Account account = new Account(accountId, snapshot.version(), snapshot.email(), snapshot.displayName(), snapshot.roles());
        Query olderThanThis = Query.query(Criteria.where("_id").is(accountId).and("version").lt(account.version()));
        Update update = new Update()
                .set("version", account.version())
                .set("email", account.email())
                .set("displayName", account.displayName())
                .set("roles", account.roles());
        try {
            mongo.upsert(olderThanThis, update, COLLECTION);
        } catch (DuplicateKeyException newerAlreadyKnown) {
            // the filter missed because the stored snapshot is as new or newer; it stands
        }
        if (erased.contains(accountId)) {
            forget(accountId);
        }
    }

    /** Forgets an erased account; forgetting one that is not here changes nothing. */
    public void forget(String accountId) {
        mongo.remove(byId(accountId), COLLECTION);
    }

    public Optional<Account> find(String accountId) {
        return Optional.ofNullable(mongo.findOne(byId(accountId), Account.class, COLLECTION));
    }

    /** The ids of every admin account known. */
    public List<String> adminIds() {
        return mongo.find(Query.query(Criteria.where("roles").is(Role.ADMIN.name())), Account.class, COLLECTION).stream()
                .map(Account::id).toList();
    }

    private static Query byId(String accountId) {
        return Query.query(Criteria.where("_id").is(accountId));
    }
}
