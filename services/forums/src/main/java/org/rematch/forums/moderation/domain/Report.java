package org.rematch.forums.moderation.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.rematch.forums.forum.domain.Forum;
import org.rematch.forums.forum.domain.InvalidInput;
import org.rematch.forums.forum.domain.Violation;

/**
 * One person's report of a post or a member. A reporter reports a target once ({@link #dedupKey}): reporting again is
 * the same report, so one angry person cannot hide a post alone. {@code reporterId} is null once the reporter's
 * account was erased; the report keeps counting towards the threshold (what was reported did not change).
 * {@code threadId} is the post's thread (null for a member report).
 */
public record Report(String reportId, String forumId, TargetKind targetKind, String targetId, String threadId,
        String reporterId, ReportReason reason, String note, Instant createdAt) {

    public Report {
        Objects.requireNonNull(reportId, "reportId");
        Objects.requireNonNull(forumId, "forumId");
        Objects.requireNonNull(targetKind, "targetKind");
        Objects.requireNonNull(targetId, "targetId");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(createdAt, "createdAt");
        note = note == null || note.isBlank() ? null : note.strip();
    }

    /**
     * A new report by {@code reporterId} of a target whose author (or, for a member, who) is {@code targetAccountId}.
     * Reason must be one of {@link ReportReason}; every input problem is reported at once. Reporting oneself or one's
     * own post is refused: it is never what a reporter means, and it would let anyone pad the count.
     */
    public static Report file(String reportId, String forumId, TargetKind kind, String targetId, String threadId,
            String targetAccountId, String reporterId, String reason, String note, Instant at) {
        List<Violation> problems = new ArrayList<>();
        ReportReason parsed = parseReason(reason, problems);
        problems.addAll(Reasons.noteProblems("note", note));
        InvalidInput.throwIfAny(problems);
        if (reporterId.equals(targetAccountId)) {
            throw new Forum.NotAllowed("OWN_CONTENT", kind == TargetKind.POST ? "You cannot report your own post; delete or edit it"
                    : "You cannot report yourself");
        }
        return new Report(reportId, forumId, kind, targetId, threadId, reporterId, parsed, note, at);
    }

    public boolean urgent() {
        return reason.urgent();
    }

    /** What makes two reports the same: one reporter, one target. */
    public static String dedupKey(TargetKind kind, String targetId, String reporterId) {
        return kind + ":" + targetId + ":" + reporterId;
    }

    private static ReportReason parseReason(String reason, List<Violation> problems) {
        String allowed = "must be one of SPAM, HARASSMENT, MISINFORMATION, SELF_HARM, OTHER";
        if (reason == null || reason.isBlank()) {
            problems.add(new Violation("reason", allowed));
            return null;
        }
        try {
            return ReportReason.valueOf(reason.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            problems.add(new Violation("reason", allowed));
            return null;
        }
    }
}
