package org.rematch.forums.moderation;

import java.time.Instant;
import org.rematch.forums.moderation.domain.AuditAction;
import org.rematch.forums.moderation.domain.AuditEntry;

/** One audit log entry as moderators read it, and the answer to every moderation action (the entry it wrote). */
public record AuditEntryView(String entryId, String forumId, AuditAction action, String actorId, String targetKind, String targetId,
        String subjectId, String reason, String detail, Instant at, Instant until) {

    static AuditEntryView of(AuditEntry entry) {
        return new AuditEntryView(entry.entryId(), entry.forumId(), entry.action(), entry.actorId(), entry.targetKind(),
                entry.targetId(), entry.subjectId(), entry.reason(), entry.detail(), entry.at(), entry.until());
    }
}
