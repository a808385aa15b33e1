package org.rematch.kit.scheduling;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.task.TaskSchedulingAutoConfiguration;
import org.springframework.boot.task.ThreadPoolTaskSchedulerBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

/**
 * Scheduled work (outbox relays, deadlines, the live stream's push, email rounds) runs on a pool of
 * {@code spring.task.scheduling.pool.size} threads. Not on Spring Boot's scheduler for virtual threads, which the
 * services would otherwise get: that one runs every fixed-delay task on its one scheduler thread, so a long task held
 * up all the others. Notifications' email round (seconds, under a burst of proposals) kept the live stream's push, due
 * every 100 ms, waiting: stored → stream p95 9.6 s, 0.5 s with this pool (docs/performance.md).
 */
@AutoConfiguration(before = TaskSchedulingAutoConfiguration.class)
@EnableScheduling
public class SchedulingAutoConfiguration {

    @Bean(name = "taskScheduler")
    ThreadPoolTaskScheduler taskScheduler(ThreadPoolTaskSchedulerBuilder builder) {
        return builder.build();
    }
}
