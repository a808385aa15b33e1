package org.rematch.notifications.accounts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Which accounts have been erased, so a pairing event that was still on its way when the tombstone arrived (the topics
 * are not ordered against each other) cannot bring the person back. Stored in {@value #COLLECTION} as a SHA-256 of
 * the account id only: the id itself is gone, but a late event naming it is still recognised.
 */
@Component
public class ErasedAccounts {

    public static final String COLLECTION = "erased_accounts";

    private final MongoTemplate mongo;

    public ErasedAccounts(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public void remember(String accountId) {
        mongo.upsert(byAccount(accountId), new Update().setOnInsert("erasedAt", Instant.now()), COLLECTION);
    }

    public boolean contains(String accountId) {
        return mongo.exists(byAccount(accountId), COLLECTION);
    }

    private static Query byAccount(String accountId) {
        return Query.query(Criteria.where("_id").is(digest(accountId)));
    }

    static String digest(String accountId) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(("rematch-erased-account:" + accountId).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
