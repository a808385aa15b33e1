package org.rematch.forums.moderation.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The moderator's queue: open reports grouped by what they are about (one item per post or member, however many
 * reported it), urgent items first (someone may be at risk), then the longest-waiting. Reporters are not named in an
 * item; their reasons and notes are.
 */
public final class ReportQueue {

    private ReportQueue() {
    }

    /** Why an item is in the queue: members reported it, or it is a post held for approval. */
    public enum Kind {
        REPORTED, AWAITING_APPROVAL
    }

    /** One post or member with its open reports, or one held post ({@code firstReportedAt} is then when it was held). */
    public record Item(Kind kind, TargetKind targetKind, String targetId, String forumId, String threadId, List<String> reportIds,
            int reportCount, SortedSet<ReportReason> reasons, List<String> notes, boolean urgent, Instant firstReportedAt) {
    }

    /** Urgent first, then oldest first; ties by target id so the order is stable between page loads. */
    public static final Comparator<Item> ORDER = Comparator.comparing((Item item) -> !item.urgent())
            .thenComparing(Item::firstReportedAt).thenComparing(Item::targetId).thenComparing(Item::kind);

    /** A post held for approval since {@code heldAt}: it waits like a report, never urgent. */
    public static Item awaitingApproval(String postId, String forumId, String threadId, Instant heldAt) {
        return new Item(Kind.AWAITING_APPROVAL, TargetKind.POST, postId, forumId, threadId, List.of(), 0, new TreeSet<>(), List.of(),
                false, heldAt);
    }

    /** The whole queue: reported targets and held posts in one order. */
    public static List<Item> of(List<Report> openReports, List<Item> awaitingApproval) {
        List<Item> all = new ArrayList<>(of(openReports));
        all.addAll(awaitingApproval);
        return all.stream().sorted(ORDER).toList();
    }

    public static List<Item> of(List<Report> openReports) {
        Map<String, List<Report>> byTarget = new LinkedHashMap<>();
        openReports.forEach(r -> byTarget.computeIfAbsent(r.targetKind() + ":" + r.targetId(), k -> new ArrayList<>()).add(r));
        return byTarget.values().stream().map(ReportQueue::item).sorted(ORDER).toList();
    }

    private static Item item(List<Report> reports) {
        List<Report> sorted = reports.stream().sorted(Comparator.comparing(Report::createdAt)).toList();
        Report first = sorted.getFirst();
        SortedSet<ReportReason> reasons = new TreeSet<>();
        sorted.forEach(r -> reasons.add(r.reason()));
        return new Item(Kind.REPORTED, first.targetKind(), first.targetId(), first.forumId(), first.threadId(),
                sorted.stream().map(Report::reportId).toList(), sorted.size(), reasons,
                sorted.stream().map(Report::note).filter(n -> n != null).toList(),
                sorted.stream().anyMatch(Report::urgent), first.createdAt());
    }
}
