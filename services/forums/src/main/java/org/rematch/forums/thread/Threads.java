package org.rematch.forums.thread;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.rematch.forums.thread.domain.Author;
import org.rematch.forums.thread.domain.ForumThread;
import org.rematch.forums.web.Paging;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/** The {@code threads} collection. */
@Component
class Threads {

    private final MongoTemplate mongo;

    Threads(MongoTemplate mongo) {
        this.mongo = mongo;
        mongo.indexOps(ThreadDocument.COLLECTION).createIndex(new Index().on("forumId", Sort.Direction.ASC)
                .on("activityStamp", Sort.Direction.DESC).named("forum_activity"));
        mongo.indexOps(ThreadDocument.COLLECTION).createIndex(new Index().on("authorId", Sort.Direction.ASC).named("authorId"));
    }

    ThreadDocument insert(ForumThread thread, String openingPostId, long stamp, Instant heldAt) {
        return mongo.insert(ThreadDocument.of(thread, openingPostId, stamp, heldAt), ThreadDocument.COLLECTION);
    }

    Optional<ThreadDocument> find(String threadId) {
        return Optional.ofNullable(mongo.findById(threadId, ThreadDocument.class, ThreadDocument.COLLECTION));
    }

    /** The thread, if it is in that forum (a thread id under another forum's path is not found). */
    Optional<ThreadDocument> find(String forumId, String threadId) {
        return Optional.ofNullable(mongo.findOne(Query.query(Criteria.where("_id").is(threadId).and("forumId").is(forumId)),
                ThreadDocument.class, ThreadDocument.COLLECTION));
    }

    /** One page of a forum's threads as {@code viewer} sees them (held ones only to their author and moderators), newest post first. */
    List<ThreadDocument> page(String forumId, Viewer viewer, Paging paging) {
        Query query = Query.query(visibleIn(forumId, viewer))
                .with(Sort.by(Sort.Order.desc("activityStamp"), Sort.Order.desc("_id")))
                .skip(paging.skip()).limit(paging.size());
        return mongo.find(query, ThreadDocument.class, ThreadDocument.COLLECTION);
    }

    long count(String forumId, Viewer viewer) {
        return mongo.count(Query.query(visibleIn(forumId, viewer)), ThreadDocument.COLLECTION);
    }

    private static Criteria visibleIn(String forumId, Viewer viewer) {
        Criteria inForum = Criteria.where("forumId").is(forumId);
        return viewer.moderator() ? inForum
                : inForum.orOperator(Criteria.where("heldAt").is(null), Criteria.where("authorId").is(viewer.accountId()));
    }

    /** Locks (at) or unlocks (null) a thread; false if it already was so. */
    boolean lock(String threadId, Instant at) {
        Criteria criteria = Criteria.where("_id").is(threadId).and("lockedAt");
        criteria = at == null ? criteria.ne(null) : criteria.is(null);
        Update update = at == null ? new Update().unset("lockedAt") : new Update().set("lockedAt", at);
        return mongo.updateFirst(Query.query(criteria), update, ThreadDocument.COLLECTION).getModifiedCount() == 1;
    }

    /** Releases a thread whose opening post was approved. */
    void release(String threadId) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(threadId)), new Update().unset("heldAt"), ThreadDocument.COLLECTION);
    }

    void retitle(ForumThread thread) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(thread.threadId())),
                new Update().set("title", thread.title()).set("editedAt", thread.editedAt()), ThreadDocument.COLLECTION);
    }

    /**
     * Records a reply: the thread's activity moves to {@code at} and its post count to {@code postCount} (counted after
     * the reply was written). Both only grow ($max), so replies recorded out of order, or twice, leave the newest time
     * and the highest count, and a reply whose recording was lost is made good by the next one's count.
     */
    void touch(String threadId, Instant at, long stamp, long postCount) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(threadId)),
                new Update().max("lastActivityAt", at).max("activityStamp", stamp).max("postCount", Math.toIntExact(postCount)),
                ThreadDocument.COLLECTION);
    }

    /** An erased author's threads stay, titled as they were, without their name. Idempotent. */
    void anonymise(String accountId) {
        mongo.updateMulti(Query.query(Criteria.where("authorId").is(accountId)),
                new Update().set("authorId", Author.ERASED.accountId()).set("authorName", Author.ERASED.displayName()),
                ThreadDocument.COLLECTION);
    }

    List<ThreadDocument> startedBy(String accountId) {
        return mongo.find(Query.query(Criteria.where("authorId").is(accountId)).with(Sort.by("createdAt")), ThreadDocument.class,
                ThreadDocument.COLLECTION);
    }
}
