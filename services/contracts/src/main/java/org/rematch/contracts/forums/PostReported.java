package org.rematch.contracts.forums;

import java.time.Instant;
import java.util.List;

/**
 * A member reported a post. {@code urgent} (a self-harm concern) asks notifications to page the forum's moderators,
 * {@code moderatorIds}, at once; when the forum has none of its own, the platform's admins.
 */
public record PostReported(String reportId, String forumId, String forumName, String threadId, String postId, ReportReason reason,
        boolean urgent, List<String> moderatorIds, Instant reportedAt) implements ForumActivity {
}
