package org.rematch.forums.moderation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rematch.forums.forum.domain.Forum;
import org.rematch.forums.forum.domain.InvalidInput;

class ReportRulesTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    private static Report file(String reason, String note) {
        return Report.file("r1", "f1", TargetKind.POST, "p1", "t1", "author", "reporter", reason, note, NOW);
    }

    @Test
    void aReportTakesAKnownReasonInAnyCaseAndAnOptionalNoteOfAtMost500Characters() {
        Report report = file(" misinformation ", "  sells a guaranteed match  ");
        assertThat(report.reason()).isEqualTo(ReportReason.MISINFORMATION);
        assertThat(report.note()).isEqualTo("sells a guaranteed match");
        assertThat(file("SPAM", "   ").note()).isNull();
        assertThat(file("OTHER", "x".repeat(500)).note()).hasSize(500);
    }

    @Test
    void anUnknownReasonAndATooLongNoteAreReportedTogether() {
        assertThatThrownBy(() -> file("RUDE", "x".repeat(501))).isInstanceOfSatisfying(InvalidInput.class,
                e -> assertThat(e.violations()).extracting(Violation -> Violation.field()).containsExactly("reason", "note"));
        assertThatThrownBy(() -> file(null, null)).isInstanceOf(InvalidInput.class);
    }

    @Test
    void nobodyReportsThemselvesOrTheirOwnPost() {
        assertThatThrownBy(() -> Report.file("r", "f", TargetKind.POST, "p", "t", "me", "me", "SPAM", null, NOW))
                .isInstanceOfSatisfying(Forum.NotAllowed.class, e -> assertThat(e.reason()).isEqualTo("OWN_CONTENT"));
        assertThatThrownBy(() -> Report.file("r", "f", TargetKind.MEMBER, "me", null, "me", "me", "SPAM", null, NOW))
                .isInstanceOf(Forum.NotAllowed.class);
    }

    @Test
    void onlySelfHarmIsUrgent() {
        assertThat(file("SELF_HARM", null).urgent()).isTrue();
        assertThat(List.of(ReportReason.SPAM, ReportReason.HARASSMENT, ReportReason.MISINFORMATION, ReportReason.OTHER))
                .noneMatch(ReportReason::urgent);
    }

    @Test
    void oneReporterOneTargetIsOneReport() {
        assertThat(Report.dedupKey(TargetKind.POST, "p1", "a")).isEqualTo(Report.dedupKey(TargetKind.POST, "p1", "a"))
                .isNotEqualTo(Report.dedupKey(TargetKind.POST, "p1", "b")).isNotEqualTo(Report.dedupKey(TargetKind.MEMBER, "p1", "a"));
    }

    @Test
    void thePostIsHiddenExactlyAtTheThresholdOfDistinctReporters() {
        ReportThreshold three = new ReportThreshold(ReportThreshold.DEFAULT);
        assertThat(three.hides(2)).isFalse();
        assertThat(three.hides(3)).isTrue();
        assertThat(three.hides(4)).isTrue();
        assertThat(new ReportThreshold(1).hides(1)).isTrue();
        assertThatThrownBy(() -> new ReportThreshold(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theQueueGroupsByTargetAndPutsUrgentFirstThenTheLongestWaiting() {
        Report oldSpam1 = new Report("a", "f", TargetKind.POST, "p1", "t", "x", ReportReason.SPAM, "buy now", NOW);
        Report oldSpam2 = new Report("b", "f", TargetKind.POST, "p1", "t", "y", ReportReason.MISINFORMATION, null, NOW.plusSeconds(5));
        Report newer = new Report("c", "f", TargetKind.MEMBER, "m1", null, "x", ReportReason.HARASSMENT, null, NOW.plusSeconds(60));
        Report urgentLatest = new Report("d", "f", TargetKind.POST, "p2", "t", "z", ReportReason.SELF_HARM, null, NOW.plusSeconds(120));
        ReportQueue.Item held = ReportQueue.awaitingApproval("p3", "f", "t", NOW.plusSeconds(30));

        List<ReportQueue.Item> queue = ReportQueue.of(List.of(newer, oldSpam2, urgentLatest, oldSpam1), List.of(held));

        assertThat(queue).extracting(ReportQueue.Item::targetId).containsExactly("p2", "p1", "p3", "m1");
        ReportQueue.Item p1 = queue.get(1);
        assertThat(p1.reportCount()).isEqualTo(2);
        assertThat(p1.reasons()).containsExactly(ReportReason.SPAM, ReportReason.MISINFORMATION);
        assertThat(p1.reportIds()).containsExactly("a", "b");
        assertThat(p1.notes()).containsExactly("buy now");
        assertThat(p1.firstReportedAt()).isEqualTo(NOW);
        assertThat(queue.get(0).urgent()).isTrue();
        assertThat(queue.get(2).kind()).isEqualTo(ReportQueue.Kind.AWAITING_APPROVAL);
    }

    @Test
    void everyActionNeedsAReasonOf1To500Characters() {
        assertThat(Reasons.require("reason", "  spam link  ")).isEqualTo("spam link");
        assertThat(Reasons.problems("reason", " ")).hasSize(1);
        assertThat(Reasons.problems("reason", null)).hasSize(1);
        assertThat(Reasons.problems("reason", "x".repeat(500))).isEmpty();
        assertThat(Reasons.problems("reason", "x".repeat(501))).hasSize(1);
    }
}
