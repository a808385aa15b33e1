package org.rematch.forums.invitation;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** The {@code forum_invitations} collection: open invitations only; accepting or declining removes one. */
@Component
class Invitations {

    private final MongoTemplate mongo;

    Invitations(MongoTemplate mongo) {
        this.mongo = mongo;
        mongo.indexOps(InvitationDocument.COLLECTION).createIndex(new Index().on("accountId", Sort.Direction.ASC)
                .on("invitedAt", Sort.Direction.DESC).named("account_newest"));
    }

    /** Invites once: a repeated recommendation keeps the first invitation (and its date). */
    void invite(String forumId, String accountId, Set<String> sharedTags, Instant at) {
        try {
            mongo.insert(new InvitationDocument(InvitationDocument.idOf(forumId, accountId), forumId, accountId,
                    sharedTags == null ? List.of() : sharedTags.stream().sorted().toList(), at), InvitationDocument.COLLECTION);
        } catch (DuplicateKeyException invitedAlready) {
            // the first invitation stands
        }
    }

    /** The person's open invitations, newest first. */
    List<InvitationDocument> of(String accountId) {
        return mongo.find(byAccount(accountId).with(Sort.by(Sort.Order.desc("invitedAt"), Sort.Order.asc("_id"))),
                InvitationDocument.class, InvitationDocument.COLLECTION);
    }

    boolean exists(String forumId, String accountId) {
        return mongo.exists(byId(forumId, accountId), InvitationDocument.COLLECTION);
    }

    /** True if there was an invitation to remove. */
    boolean remove(String forumId, String accountId) {
        return mongo.remove(byId(forumId, accountId), InvitationDocument.COLLECTION).getDeletedCount() > 0;
    }

    void removeAllOf(String accountId) {
        mongo.remove(byAccount(accountId), InvitationDocument.COLLECTION);
    }

    private static Query byId(String forumId, String accountId) {
        return Query.query(Criteria.where("_id").is(InvitationDocument.idOf(forumId, accountId)));
    }

    private static Query byAccount(String accountId) {
        return Query.query(Criteria.where("accountId").is(accountId));
    }
}
