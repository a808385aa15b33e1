package org.rematch.contracts.forums;

import java.time.Instant;
import java.util.List;

/** A member reported another member ({@code accountId}); {@code urgent} and {@code moderatorIds} as in {@link PostReported}. */
public record MemberReported(String reportId, String forumId, String forumName, String accountId, ReportReason reason, boolean urgent,
        List<String> moderatorIds, Instant reportedAt) implements ForumActivity {
}
