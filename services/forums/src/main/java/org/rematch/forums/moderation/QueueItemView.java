package org.rematch.forums.moderation;

import java.time.Instant;
import java.util.List;
import java.util.SortedSet;
import org.rematch.forums.moderation.domain.ReportQueue;
import org.rematch.forums.moderation.domain.ReportReason;
import org.rematch.forums.moderation.domain.TargetKind;
import org.rematch.forums.thread.ModeratedContent.PostSnapshot;

/**
 * One item of the moderation queue: a reported post or member (with how many reported it, their reasons and notes,
 * not who they are) or a post held for approval; with the post's current words and where it is (forum, thread), or
 * the member's name. {@code since}: the first report, or when the post was held. Resolve with any of {@code reportIds}.
 */
public record QueueItemView(ReportQueue.Kind kind, TargetKind targetKind, String targetId, boolean urgent, Instant since,
        String forumId, String forumName, String threadId, String threadTitle, PostSnapshot post, String memberName,
        int reportCount, SortedSet<ReportReason> reasons, List<String> notes, List<String> reportIds) {
}
