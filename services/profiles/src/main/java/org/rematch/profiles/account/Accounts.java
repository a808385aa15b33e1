package org.rematch.profiles.account;

import jakarta.annotation.PostConstruct;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.rematch.contracts.Topics;
import org.rematch.contracts.accounts.Role;
import org.rematch.kit.outbox.EventOutbox;
import org.rematch.profiles.core.Emails;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * Creates and finds accounts. Each new account is inserted together with its first AccountSnapshot in its outbox
 * (one single-document write), so the snapshot reaches profiles.accounts even if the service dies right after.
 */
@Service
public class Accounts {

    private final MongoTemplate mongo;
    private final PasswordEncoder passwords;
    private final EventOutbox outbox;
    private final Clock clock;

    public Accounts(MongoTemplate mongo, PasswordEncoder passwords, EventOutbox outbox, Clock clock) {
        this.mongo = mongo;
        this.passwords = passwords;
        this.outbox = outbox;
        this.clock = clock;
    }

    @PostConstruct
    void ensureIndexes() {
        mongo.indexOps(Account.COLLECTION).createIndex(new Index().on("email", Sort.Direction.ASC).unique().named("email_unique"));
    }

    /** A new account with one role; the email is stored lower-cased. */
    public Account create(String email, String password, String displayName, Role role) {
        String accountId = UUID.randomUUID().toString();
        Account account = new Account(accountId, Emails.normalize(email), passwords.encode(password), displayName.trim(),
                Set.of(role), false, clock.instant(), 1, List.of());
        account = account.withOutbox(List.of(outbox.event(Topics.ACCOUNTS, accountId, account.snapshot())));
        try {
            mongo.insert(account, Account.COLLECTION);
        } catch (DuplicateKeyException e) {
            throw new EmailTakenException();
        }
        return account;
    }

    /** Every account with the role, by email. */
    public List<Account> withRole(Role role) {
        return mongo.find(Query.query(Criteria.where("roles").is(role)).with(Sort.by("email")), Account.class,
                Account.COLLECTION);
    }

    public long countWithRole(Role role) {
        return mongo.count(Query.query(Criteria.where("roles").is(role)), Account.COLLECTION);
    }

    /** Sets the disabled flag; false when there is no such account. */
    public boolean setDisabled(String accountId, boolean disabled) {
        return mongo.updateFirst(Query.query(Criteria.where("_id").is(accountId)), Update.update("disabled", disabled),
                Account.COLLECTION).getMatchedCount() == 1;
    }

    /** Deletes the account document (erasure; the caller announced its tombstone first). */
    public void delete(String accountId) {
        mongo.remove(Query.query(Criteria.where("_id").is(accountId)), Account.COLLECTION);
    }

    public Optional<Account> findById(String accountId) {
        return Optional.ofNullable(mongo.findById(accountId, Account.class, Account.COLLECTION));
    }

    public Optional<Account> findByEmail(String email) {
        return Optional.ofNullable(mongo.findOne(Query.query(Criteria.where("email").is(Emails.normalize(email))),
                Account.class, Account.COLLECTION));
    }
}
