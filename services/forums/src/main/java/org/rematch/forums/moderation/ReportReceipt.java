package org.rematch.forums.moderation;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import org.rematch.forums.moderation.domain.CrisisResources;
import org.rematch.forums.moderation.domain.ReportReason;
import org.rematch.forums.moderation.domain.TargetKind;

/**
 * What the reporter is told: their report (the same one again if they had reported this already) and, for a report of
 * self-harm, where to find help now ({@code crisisMessage}, {@code crisisResources}).
 */
public record ReportReceipt(String reportId, String forumId, TargetKind targetKind, String targetId, ReportReason reason, String note,
        boolean urgent, Instant createdAt, String status, String message,
        @JsonInclude(JsonInclude.Include.NON_NULL) String crisisMessage,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<CrisisResources.Resource> crisisResources) {

    static ReportReceipt of(ReportDocument report) {
        boolean crisis = report.reason() == ReportReason.SELF_HARM;
        return new ReportReceipt(report.reportId(), report.forumId(), report.targetKind(), report.targetId(), report.reason(),
                report.note(), report.urgent(), report.createdAt(), report.status(),
                "Thank you. The forum's moderators will review your report; the person you reported is not told who reported them.",
                crisis ? CrisisResources.MESSAGE : null, crisis ? CrisisResources.RESOURCES : null);
    }
}
