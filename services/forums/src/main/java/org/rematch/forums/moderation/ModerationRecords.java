package org.rematch.forums.moderation;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.rematch.forums.moderation.domain.AuditAction;
import org.rematch.forums.moderation.domain.ReportReason;
import org.rematch.forums.moderation.domain.SanctionKind;
import org.rematch.forums.moderation.domain.TargetKind;
import org.springframework.stereotype.Component;

/**
 * For the data export: the moderation records that are a person's own. The reports they made (never anyone else's,
 * so no other reporter is named), the sanctions against them with the moderator's reason and end (not which moderator:
 * the forum's decision, not one person's, and moderators are protected from retaliation), and the actions they took as
 * a moderator (without whom they concerned: that is the other person's data).
 */
@Component
public class ModerationRecords {

    /** A report the person made. */
    public record MadeReport(String reportId, String forumId, TargetKind targetKind, String targetId, String threadId, ReportReason reason,
            String note, Instant createdAt, String status, String outcome) {
    }

    /** A sanction against the person; {@code active} at the time of the export. */
    public record SanctionAgainstYou(SanctionKind kind, String forumId, String reason, Instant at, Instant until, Instant liftedAt,
            String liftReason, boolean active) {
    }

    /** An action the person took as a moderator. */
    public record ActionTaken(String entryId, String forumId, AuditAction action, String targetKind, String reason, Instant at) {
    }

    private final Reports reports;
    private final Sanctions sanctions;
    private final AuditLog audit;
    private final Clock clock;

    ModerationRecords(Reports reports, Sanctions sanctions, AuditLog audit, Clock clock) {
        this.reports = reports;
        this.sanctions = sanctions;
        this.audit = audit;
        this.clock = clock;
    }

    public List<MadeReport> reportsBy(String accountId) {
        return reports.by(accountId).stream().map(r -> new MadeReport(r.reportId(), r.forumId(), r.targetKind(), r.targetId(), r.threadId(),
                r.reason(), r.note(), r.createdAt(), r.status(), r.outcome())).toList();
    }

    public List<SanctionAgainstYou> sanctionsAgainst(String accountId) {
        Instant now = clock.instant();
        return sanctions.against(accountId).stream().map(s -> new SanctionAgainstYou(s.kind(), s.forumId(), s.reason(), s.at(), s.until(),
                s.liftedAt(), s.liftReason(), s.toSanction().activeAt(now))).toList();
    }

    public List<ActionTaken> actionsBy(String accountId) {
        return audit.by(accountId).stream()
                .map(e -> new ActionTaken(e.entryId(), e.forumId(), e.action(), e.targetKind(), e.reason(), e.at())).toList();
    }
}
