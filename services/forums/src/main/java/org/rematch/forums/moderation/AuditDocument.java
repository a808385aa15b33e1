package org.rematch.forums.moderation;

import java.time.Instant;
import org.rematch.forums.moderation.domain.AuditAction;
import org.rematch.forums.moderation.domain.AuditEntry;
import org.springframework.data.annotation.Id;

/** An audit entry as stored in {@code moderation_audit}; stamp orders entries more finely than milliseconds. */
record AuditDocument(
        @Id String entryId,
        String forumId,
        AuditAction action,
        String actorId,
        String targetKind,
        String targetId,
        String subjectId,
        String reason,
        String detail,
        Instant at,
        Instant until,
        long stamp) {

    static final String COLLECTION = "moderation_audit";

    static AuditDocument of(AuditEntry entry, long stamp) {
        return new AuditDocument(entry.entryId(), entry.forumId(), entry.action(), entry.actorId(), entry.targetKind(), entry.targetId(),
                entry.subjectId(), entry.reason(), entry.detail(), entry.at(), entry.until(), stamp);
    }

    AuditEntry toEntry() {
        return new AuditEntry(entryId, forumId, action, actorId, targetKind, targetId, subjectId, reason, detail, at, until);
    }
}
