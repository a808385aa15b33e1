package org.rematch.sampleservice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.rematch.testsupport.RematchServiceTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.scheduling.TaskScheduler;

@RematchServiceTest
class SchedulingKitTest {

    private static final Duration DELAY = Duration.ofMillis(10);

    @Autowired
    TaskScheduler scheduler;

    @Test
    void aLongFixedDelayTaskDoesNotHoldUpTheOthers() throws InterruptedException {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger otherRuns = new AtomicInteger();
        ScheduledFuture<?> longTask = scheduler.scheduleWithFixedDelay(() -> {
            started.countDown();
            awaitQuietly(release);
        }, DELAY);
        ScheduledFuture<?> otherTask = null;
        try {
            assertThat(started.await(5, TimeUnit.SECONDS)).as("the long task started").isTrue();
            otherTask = scheduler.scheduleWithFixedDelay(otherRuns::incrementAndGet, DELAY);

            await().atMost(Duration.ofSeconds(5)).until(() -> otherRuns.get() >= 3);
        } finally {
            release.countDown();
            longTask.cancel(true);
            if (otherTask != null) {
                otherTask.cancel(true);
            }
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException cancelled) {
            Thread.currentThread().interrupt();
        }
    }
}
