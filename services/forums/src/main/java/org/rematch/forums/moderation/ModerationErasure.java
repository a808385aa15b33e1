package org.rematch.forums.moderation;

import java.time.Clock;
import org.rematch.kit.privacy.AccountErasure;
import org.springframework.stereotype.Component;

/**
 * An erased person's moderation records. Their reports stay and keep counting, without their id (what they reported
 * did not change). Sanctions against them go (there is nobody left to keep out). Wherever the audit log, a sanction,
 * a resolved report or a forum's settings name them, the id becomes "[erased]": the audit log keeps every entry and
 * its action, so it stays complete and append-only in everything but the name. Each step is idempotent.
 */
@Component
class ModerationErasure implements AccountErasure {

    private final Reports reports;
    private final Sanctions sanctions;
    private final AuditLog audit;
    private final SettingsStore settings;
    private final Clock clock;

    ModerationErasure(Reports reports, Sanctions sanctions, AuditLog audit, SettingsStore settings, Clock clock) {
        this.reports = reports;
        this.sanctions = sanctions;
        this.audit = audit;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public void erase(String accountId) {
        reports.forget(accountId, clock.instant());
        sanctions.forget(accountId);
        audit.forget(accountId);
        settings.forget(accountId);
    }
}
