package org.rematch.notifications.email.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.rematch.notifications.inbox.core.InboxItem;
import org.rematch.notifications.inbox.core.InboxItemType;

class DigestScheduleTest {

    final DigestSchedule eightUtc = new DigestSchedule(LocalTime.of(8, 0), ZoneId.of("UTC"));

    @Test
    void theLatestDigestTimeIsTodaysOnceItHasPassedAndYesterdaysBefore() {
        assertThat(eightUtc.latestAtOrBefore(Instant.parse("2026-03-21T09:30:00Z"))).isEqualTo(Instant.parse("2026-03-21T08:00:00Z"));
        assertThat(eightUtc.latestAtOrBefore(Instant.parse("2026-03-21T08:00:00Z"))).isEqualTo(Instant.parse("2026-03-21T08:00:00Z"));
        assertThat(eightUtc.latestAtOrBefore(Instant.parse("2026-03-21T07:59:59Z"))).isEqualTo(Instant.parse("2026-03-20T08:00:00Z"));
    }

    @Test
    void theTimeIsTheZonesLocalTimeAcrossADaylightSavingChange() {
        DigestSchedule chicago = new DigestSchedule(LocalTime.of(8, 0), ZoneId.of("America/Chicago"));

        // 8 March 2026: clocks go forward in the US; 08:00 is 14:00 UTC before, 13:00 UTC after
        assertThat(chicago.latestAtOrBefore(Instant.parse("2026-03-07T20:00:00Z"))).isEqualTo(Instant.parse("2026-03-07T14:00:00Z"));
        assertThat(chicago.latestAtOrBefore(Instant.parse("2026-03-08T20:00:00Z"))).isEqualTo(Instant.parse("2026-03-08T13:00:00Z"));
    }

    @Test
    void aTimeInsideTheSpringForwardGapIsYesterdaysOwnTimeBeforeTodaysShiftedOne() {
        // 02:30 does not exist in Chicago on 8 March 2026 (02:00 -> 03:00): that day it is 03:30 CDT = 08:30 UTC
        DigestSchedule halfPastTwo = new DigestSchedule(LocalTime.of(2, 30), ZoneId.of("America/Chicago"));

        assertThat(halfPastTwo.latestAtOrBefore(Instant.parse("2026-03-08T08:00:00Z")))
                .as("before that day's moment: the 7th's 02:30 CST").isEqualTo(Instant.parse("2026-03-07T08:30:00Z"));
        assertThat(halfPastTwo.latestAtOrBefore(Instant.parse("2026-03-08T09:00:00Z"))).isEqualTo(Instant.parse("2026-03-08T08:30:00Z"));
    }

    @Test
    void aDigestListsItsItemsOldestFirstWithOneUnsubscribeLinkPerTypeThatCanBeStopped() {
        InboxItem later = new InboxItem("b", "r", InboxItemType.FORUM_JOINED, "You joined B", "Say hello.", "/forums/b",
                Instant.parse("2026-03-21T10:00:00Z"), false, List.of());
        InboxItem earlier = new InboxItem("a", "r", InboxItemType.FORUM_JOINED, "You joined A", "Say hello.", "/forums/a",
                Instant.parse("2026-03-21T09:00:00Z"), false, List.of());
        InboxItem ended = new InboxItem("c", "r", InboxItemType.PAIRING_ENDED, "Omar ended the mentorship", "Thank you.", "/pairings/c",
                Instant.parse("2026-03-21T11:00:00Z"), false, List.of());

        DigestContent digest = DigestContent.of(List.of(later, ended, earlier), "r", new Person("Amina", "amina@example.org"),
                new Links("https://rematch.example"), (account, type) -> Optional.of("https://u/" + account + "/" + type));

        assertThat(digest.subject()).isEqualTo("Your Rematch digest: 3 notifications");
        assertThat(digest.greeting()).isEqualTo("Hello Amina,");
        assertThat(digest.entries()).extracting(DigestContent.Entry::headline)
                .containsExactly("You joined A", "You joined B", "Omar ended the mentorship");
        assertThat(digest.entries().getFirst().url()).isEqualTo("https://rematch.example/forums/a");
        assertThat(digest.unsubscribes()).containsExactly(
                new DigestContent.Unsubscribe("forums you were joined to", "https://u/r/FORUM_JOINED"),
                new DigestContent.Unsubscribe("a mentorship ending", "https://u/r/PAIRING_ENDED"));
    }
}
