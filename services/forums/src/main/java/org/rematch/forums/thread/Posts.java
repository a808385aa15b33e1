package org.rematch.forums.thread;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.rematch.forums.thread.domain.Author;
import org.rematch.forums.thread.domain.Post;
import org.rematch.forums.web.Paging;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/** The {@code posts} collection. */
@Component
class Posts {

    private final MongoTemplate mongo;

    Posts(MongoTemplate mongo) {
        this.mongo = mongo;
        mongo.indexOps(PostDocument.COLLECTION).createIndex(new Index().on("threadId", Sort.Direction.ASC)
                .on("stamp", Sort.Direction.ASC).named("thread_order"));
        mongo.indexOps(PostDocument.COLLECTION).createIndex(new Index().on("authorId", Sort.Direction.ASC).named("authorId"));
    }

    void insert(Post post, long stamp) {
        mongo.insert(PostDocument.of(post, stamp), PostDocument.COLLECTION);
    }

    /** The post, if it is in that thread. */
    Optional<PostDocument> find(String threadId, String postId) {
        return Optional.ofNullable(mongo.findOne(Query.query(Criteria.where("_id").is(postId).and("threadId").is(threadId)),
                PostDocument.class, PostDocument.COLLECTION));
    }

    /** One page of a thread's posts, oldest first: a conversation reads from the top. */
    List<PostDocument> page(String threadId, Paging paging) {
        Query query = Query.query(Criteria.where("threadId").is(threadId))
                .with(Sort.by(Sort.Order.asc("stamp"), Sort.Order.asc("_id")))
                .skip(paging.skip()).limit(paging.size());
        return mongo.find(query, PostDocument.class, PostDocument.COLLECTION);
    }

    long count(String threadId) {
        return mongo.count(Query.query(Criteria.where("threadId").is(threadId)), PostDocument.COLLECTION);
    }

    /** Writes an edit unless the post was deleted meanwhile; false then. */
    boolean edit(Post edited) {
        return mongo.updateFirst(notDeleted(edited.postId()),
                new Update().set("body", edited.body()).set("editedAt", edited.editedAt()), PostDocument.COLLECTION)
                .getMatchedCount() == 1;
    }

    /** Deletes the post's body, keeping its place; a post deleted already keeps its first deletion time. */
    void delete(Post deleted) {
        mongo.updateFirst(notDeleted(deleted.postId()),
                new Update().set("body", null).set("deletedAt", deleted.deletedAt()), PostDocument.COLLECTION);
    }

    /**
     * An erased author's posts: deleted (body gone) where not yet, then without author. Two multi-document updates,
     * each idempotent, so a repeated erasure, or one retried after a crash between them, ends the same.
     */
    void anonymise(String accountId, Instant at) {
        mongo.updateMulti(Query.query(Criteria.where("authorId").is(accountId).and("deletedAt").is(null)),
                new Update().set("deletedAt", at), PostDocument.COLLECTION);
        mongo.updateMulti(Query.query(Criteria.where("authorId").is(accountId)),
                new Update().set("body", null).set("authorId", Author.ERASED.accountId())
                        .set("authorName", Author.ERASED.displayName()),
                PostDocument.COLLECTION);
    }

    List<PostDocument> writtenBy(String accountId) {
        return mongo.find(Query.query(Criteria.where("authorId").is(accountId)).with(Sort.by("stamp")), PostDocument.class,
                PostDocument.COLLECTION);
    }

    private static Query notDeleted(String postId) {
        return Query.query(Criteria.where("_id").is(postId).and("deletedAt").is(null));
    }
}
