package org.rematch.notifications.email.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryScheduleTest {

    final RetrySchedule schedule = new RetrySchedule(Duration.ofSeconds(30), Duration.ofHours(1));

    @Test
    void theWaitDoublesFromTheFirstUpToTheCap() {
        assertThat(schedule.after(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(schedule.after(2)).isEqualTo(Duration.ofMinutes(1));
        assertThat(schedule.after(3)).isEqualTo(Duration.ofMinutes(2));
        assertThat(schedule.after(7)).isEqualTo(Duration.ofMinutes(32));
        assertThat(schedule.after(8)).isEqualTo(Duration.ofHours(1));
        assertThat(schedule.after(9)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void anyNumberOfFailuresWaitsAtMostTheCap() {
        assertThat(schedule.after(Integer.MAX_VALUE)).isEqualTo(Duration.ofHours(1));
        assertThat(schedule.after(0)).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void aScheduleNeedsAPositiveFirstWaitNoLongerThanTheCap() {
        assertThatThrownBy(() -> new RetrySchedule(Duration.ZERO, Duration.ofHours(1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetrySchedule(Duration.ofHours(2), Duration.ofHours(1))).isInstanceOf(IllegalArgumentException.class);
    }
}
