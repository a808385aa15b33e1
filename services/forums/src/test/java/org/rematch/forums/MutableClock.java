package org.rematch.forums;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The system clock moved on by however far a test advanced it: time still passes (tokens, ordering), but a test can
 * jump past a mute's end or a member's first day without sleeping. {@link Config} lives in the test sources under the
 * application's package, so component scanning makes it the Clock of every forums test context (the kit's own Clock
 * bean backs off) and all integration tests share one context. Tests only ever move it forwards, by hours, far inside
 * the 14 days for which processed events are remembered; until one does, it is the system clock.
 */
public final class MutableClock extends Clock {

    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

    public void advance(Duration by) {
        offset.accumulateAndGet(by, Duration::plus);
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset.get());
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Configuration(proxyBeanMethods = false)
    public static class Config {
        @Bean
        MutableClock clock() {
            return new MutableClock();
        }
    }
}
