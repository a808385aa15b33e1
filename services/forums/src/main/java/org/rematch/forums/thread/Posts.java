package org.rematch.forums.thread;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.rematch.forums.thread.domain.Author;
import org.rematch.forums.thread.domain.Post;
import org.rematch.forums.web.Paging;
import org.rematch.kit.outbox.OutboxEvent;
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

    /** Writes a new post; {@code heldAt} is set if it waits for a moderator's approval. */
    void insert(Post post, long stamp, Instant heldAt) {
        mongo.insert(PostDocument.of(post, stamp, heldAt), PostDocument.COLLECTION);
    }

    Optional<PostDocument> find(String postId) {
        return Optional.ofNullable(mongo.findById(postId, PostDocument.class, PostDocument.COLLECTION));
    }

    /** The post, if it is in that thread. */
    Optional<PostDocument> find(String threadId, String postId) {
        return Optional.ofNullable(mongo.findOne(Query.query(Criteria.where("_id").is(postId).and("threadId").is(threadId)),
                PostDocument.class, PostDocument.COLLECTION));
    }

    /**
     * One page of a thread's posts as {@code viewer} sees them, oldest first: a conversation reads from the top. Held
     * posts are left out except for their author and the forum's moderators.
     */
    List<PostDocument> page(String threadId, Viewer viewer, Paging paging) {
        Query query = Query.query(visibleIn(threadId, viewer))
                .with(Sort.by(Sort.Order.asc("stamp"), Sort.Order.asc("_id")))
                .skip(paging.skip()).limit(paging.size());
        return mongo.find(query, PostDocument.class, PostDocument.COLLECTION);
    }

    long count(String threadId, Viewer viewer) {
        return mongo.count(Query.query(visibleIn(threadId, viewer)), PostDocument.COLLECTION);
    }

    /** The thread's posts that everyone sees (none held): what its postCount counts. */
    long count(String threadId) {
        return mongo.count(Query.query(Criteria.where("threadId").is(threadId).and("heldAt").is(null)), PostDocument.COLLECTION);
    }

    private static Criteria visibleIn(String threadId, Viewer viewer) {
        Criteria inThread = Criteria.where("threadId").is(threadId);
        return viewer.moderator() ? inThread
                : inThread.orOperator(Criteria.where("heldAt").is(null), Criteria.where("authorId").is(viewer.accountId()));
    }

    /** When {@code authorId} wrote their posts in the forum since {@code since} (held ones too): what slow mode counts. */
    List<Instant> writtenSince(String forumId, String authorId, Instant since) {
        Query query = Query.query(Criteria.where("authorId").is(authorId).and("forumId").is(forumId).and("createdAt").gt(since));
        query.fields().include("createdAt");
        return mongo.find(query, Document.class, PostDocument.COLLECTION).stream()
                .map(post -> post.getDate("createdAt").toInstant()).toList();
    }

    /** Posts waiting for approval (not deleted meanwhile), in these forums or (null) in all, oldest first. */
    List<PostDocument> held(Collection<String> forumIds, int limit) {
        Criteria criteria = Criteria.where("heldAt").ne(null).and("deletedAt").is(null);
        if (forumIds != null) {
            criteria = criteria.and("forumId").in(forumIds);
        }
        return mongo.find(Query.query(criteria).with(Sort.by("heldAt")).limit(limit), PostDocument.class, PostDocument.COLLECTION);
    }

    /** Hides a visible, undeleted post; false if it was hidden or deleted already (so the first hide is the one logged). */
    boolean hide(String postId, String by, Instant at, OutboxEvent told) {
        return mongo.updateFirst(Query.query(Criteria.where("_id").is(postId).and("hiddenAt").is(null).and("deletedAt").is(null)),
                new Update().set("hiddenBy", by).set("hiddenAt", at).push(OutboxEvent.FIELD, told), PostDocument.COLLECTION)
                .getModifiedCount() == 1;
    }

    /** Shows a hidden post again; false if it was not hidden. */
    boolean restore(String postId) {
        return mongo.updateFirst(Query.query(Criteria.where("_id").is(postId).and("hiddenAt").ne(null)),
                new Update().unset("hiddenBy").unset("hiddenAt"), PostDocument.COLLECTION).getModifiedCount() == 1;
    }

    /** Deletes a post as a moderator: the body goes, the place stays, marked as removed by a moderator. */
    boolean removeByModerator(String postId, Instant at) {
        return mongo.updateFirst(notDeleted(postId),
                new Update().set("body", null).set("deletedAt", at).set("removedBy", PostDocument.BY_MODERATOR),
                PostDocument.COLLECTION).getModifiedCount() == 1;
    }

    /** Releases a held post to everyone; false if it was not held (or was deleted meanwhile). */
    boolean approve(String postId) {
        return mongo.updateFirst(Query.query(Criteria.where("_id").is(postId).and("heldAt").ne(null).and("deletedAt").is(null)),
                new Update().unset("heldAt"), PostDocument.COLLECTION).getModifiedCount() == 1;
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
