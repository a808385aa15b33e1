package org.rematch.forums.moderation;

import java.time.Instant;
import java.util.List;
import org.rematch.forums.moderation.domain.Sanction;
import org.rematch.forums.moderation.domain.SanctionKind;
import org.rematch.kit.outbox.OutboxEvent;
import org.springframework.data.annotation.Id;

/**
 * A mute, ban or suspension as stored in {@code sanctions}; lifting early sets liftedAt, liftedBy and liftReason. A
 * sanction is never deleted while its person exists: it is their record, and what the export shows them. The outbox
 * holds MemberMuted, MemberBanned or MemberSuspended until the relay sends it.
 */
record SanctionDocument(
        @Id String sanctionId,
        SanctionKind kind,
        String forumId,
        String accountId,
        String byId,
        String reason,
        Instant at,
        Instant until,
        Instant liftedAt,
        String liftedBy,
        String liftReason,
        List<OutboxEvent> outbox) {

    static final String COLLECTION = "sanctions";

    static SanctionDocument of(Sanction sanction, List<OutboxEvent> outbox) {
        return new SanctionDocument(sanction.sanctionId(), sanction.kind(), sanction.forumId(), sanction.accountId(), sanction.byId(),
                sanction.reason(), sanction.at(), sanction.until(), sanction.liftedAt(), null, null, outbox);
    }

    Sanction toSanction() {
        return new Sanction(sanctionId, kind, forumId, accountId, byId, reason, at, until, liftedAt);
    }
}
