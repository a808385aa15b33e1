package org.rematch.forums.moderation;

import java.time.Instant;
import java.util.List;
import org.rematch.forums.moderation.domain.Report;
import org.rematch.forums.moderation.domain.ReportReason;
import org.rematch.forums.moderation.domain.TargetKind;
import org.rematch.kit.outbox.OutboxEvent;
import org.springframework.data.annotation.Id;

/**
 * A report as stored in {@code reports}. dedupKey (unique index) is kind:target:reporter, so a repeated report is a
 * duplicate key however requests interleave; once the reporter is erased it becomes "erased:" + the report id (and
 * reporterId null), so the report keeps counting without naming anyone. status OPEN until a moderator resolves it
 * (outcome DISMISSED or ACTED, by resolvedBy at resolvedAt). The outbox holds PostReported or MemberReported until the
 * relay sends it.
 */
record ReportDocument(
        @Id String reportId,
        String dedupKey,
        String forumId,
        TargetKind targetKind,
        String targetId,
        String threadId,
        String reporterId,
        ReportReason reason,
        String note,
        boolean urgent,
        Instant createdAt,
        String status,
        String outcome,
        String resolvedBy,
        Instant resolvedAt,
        List<OutboxEvent> outbox) {

    static final String COLLECTION = "reports";
    static final String OPEN = "OPEN";
    static final String RESOLVED = "RESOLVED";

    static ReportDocument of(Report report, List<OutboxEvent> outbox) {
        return new ReportDocument(report.reportId(), Report.dedupKey(report.targetKind(), report.targetId(), report.reporterId()),
                report.forumId(), report.targetKind(), report.targetId(), report.threadId(), report.reporterId(), report.reason(),
                report.note(), report.urgent(), report.createdAt(), OPEN, null, null, null, outbox);
    }

    Report toReport() {
        return new Report(reportId, forumId, targetKind, targetId, threadId, reporterId, reason, note, createdAt);
    }
}
