package org.rematch.forums.moderation;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.rematch.contracts.Topics;
import org.rematch.contracts.forums.ForumActivity;
import org.rematch.forums.moderation.domain.AuditEntry;
import org.rematch.forums.moderation.domain.Report;
import org.rematch.forums.moderation.domain.TargetKind;
import org.rematch.kit.outbox.EventOutbox;
import org.rematch.kit.outbox.OutboxEvent;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/** The {@code reports} collection. */
@Component
class Reports {

    /** More open reports than any moderator team works through; the queue reads at most this many. */
    static final int QUEUE_LIMIT = 5_000;

    private final MongoTemplate mongo;
    private final EventOutbox outbox;

    Reports(MongoTemplate mongo, EventOutbox outbox) {
        this.mongo = mongo;
        this.outbox = outbox;
        mongo.indexOps(ReportDocument.COLLECTION).createIndex(new Index().on("dedupKey", Sort.Direction.ASC).unique().named("dedupKey"));
        mongo.indexOps(ReportDocument.COLLECTION).createIndex(new Index().on("targetId", Sort.Direction.ASC)
                .on("status", Sort.Direction.ASC).named("target_status"));
        mongo.indexOps(ReportDocument.COLLECTION).createIndex(new Index().on("status", Sort.Direction.ASC)
                .on("forumId", Sort.Direction.ASC).named("status_forum"));
        mongo.indexOps(ReportDocument.COLLECTION).createIndex(new Index().on("reporterId", Sort.Direction.ASC).named("reporterId"));
    }

    /** The stored report and whether this call stored it (false: the reporter had reported the target already). */
    record Filed(ReportDocument report, boolean isNew) {
    }

    /** Stores a new report with {@code told} (what forums.activity learns of it) in its outbox. */
    Filed insert(Report report, ForumActivity told) {
        try {
            OutboxEvent event = outbox.event(Topics.FORUM_ACTIVITY, report.forumId(), told);
            return new Filed(mongo.insert(ReportDocument.of(report, List.of(event)), ReportDocument.COLLECTION), true);
        } catch (DuplicateKeyException reportedAlready) {
            String key = Report.dedupKey(report.targetKind(), report.targetId(), report.reporterId());
            return new Filed(mongo.findOne(Query.query(Criteria.where("dedupKey").is(key)), ReportDocument.class,
                    ReportDocument.COLLECTION), false);
        }
    }

    Optional<ReportDocument> find(String reportId) {
        return Optional.ofNullable(mongo.findById(reportId, ReportDocument.class, ReportDocument.COLLECTION));
    }

    /** How many open reports the target has; each reporter has at most one, so this counts distinct reporters. */
    long openCount(TargetKind kind, String targetId) {
        return mongo.count(open(kind, targetId), ReportDocument.COLLECTION);
    }

    /** Open reports in these forums (null: all), oldest first. */
    List<ReportDocument> open(Collection<String> forumIds) {
        Criteria criteria = Criteria.where("status").is(ReportDocument.OPEN);
        if (forumIds != null) {
            criteria = criteria.and("forumId").in(forumIds);
        }
        return mongo.find(Query.query(criteria).with(Sort.by("createdAt")).limit(QUEUE_LIMIT), ReportDocument.class,
                ReportDocument.COLLECTION);
    }

    /** Resolves every open report on the target at once (the queue shows them as one item); returns how many. */
    long resolveOpen(TargetKind kind, String targetId, String outcome, String by, Instant at) {
        return mongo.updateMulti(open(kind, targetId), new Update().set("status", ReportDocument.RESOLVED).set("outcome", outcome)
                .set("resolvedBy", by).set("resolvedAt", at), ReportDocument.COLLECTION).getModifiedCount();
    }

    List<ReportDocument> by(String reporterId) {
        return mongo.find(Query.query(Criteria.where("reporterId").is(reporterId)).with(Sort.by("createdAt")), ReportDocument.class,
                ReportDocument.COLLECTION);
    }

    /**
     * Erasure: the person's reports stay and keep counting, without their id; reports about them (as a member) are
     * closed and no longer name them; their name leaves the reports they resolved. Each update is idempotent.
     */
    void forget(String accountId, Instant at) {
        for (ReportDocument report : by(accountId)) {
            mongo.updateFirst(Query.query(Criteria.where("_id").is(report.reportId())),
                    new Update().unset("reporterId").set("dedupKey", "erased:" + report.reportId()), ReportDocument.COLLECTION);
        }
        List<ReportDocument> about = mongo.find(Query.query(Criteria.where("targetKind").is(TargetKind.MEMBER).and("targetId").is(accountId)),
                ReportDocument.class, ReportDocument.COLLECTION);
        for (ReportDocument report : about) {
            Update update = new Update().set("targetId", AuditEntry.ERASED).set("dedupKey", "erased-target:" + report.reportId());
            if (ReportDocument.OPEN.equals(report.status())) {
                update.set("status", ReportDocument.RESOLVED).set("outcome", "ACCOUNT_ERASED").set("resolvedAt", at);
            }
            mongo.updateFirst(Query.query(Criteria.where("_id").is(report.reportId())), update, ReportDocument.COLLECTION);
        }
        mongo.updateMulti(Query.query(Criteria.where("resolvedBy").is(accountId)), new Update().set("resolvedBy", AuditEntry.ERASED),
                ReportDocument.COLLECTION);
    }

    private static Query open(TargetKind kind, String targetId) {
        return Query.query(Criteria.where("targetId").is(targetId).and("targetKind").is(kind).and("status").is(ReportDocument.OPEN));
    }
}
