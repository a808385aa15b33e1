package org.rematch.forums.moderation.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * At most {@code postsPerMinute} new posts (threads or replies) per member per minute, counted over the sliding minute
 * before now; 0 switches it off. It slows a flood (a spammer, or a heated exchange) without silencing anyone.
 * Moderators are not slowed.
 */
public record SlowMode(int postsPerMinute) {

    public static final Duration WINDOW = Duration.ofMinutes(1);
    public static final int MAX = 60;

    public SlowMode {
        if (postsPerMinute < 0 || postsPerMinute > MAX) {
            throw new IllegalArgumentException("slow mode is 0 (off) to " + MAX + " posts per minute");
        }
    }

    public boolean on() {
        return postsPerMinute > 0;
    }

    /**
     * When the member may post again, if the posts they wrote ({@code recent}, any order) already fill the window:
     * the moment the oldest of the last {@code postsPerMinute} leaves it. Empty if they may post now.
     */
    public Optional<Instant> retryAt(List<Instant> recent, Instant now) {
        if (!on()) {
            return Optional.empty();
        }
        List<Instant> inWindow = recent.stream().filter(t -> t.isAfter(now.minus(WINDOW)) && !t.isAfter(now)).sorted().toList();
        if (inWindow.size() < postsPerMinute) {
            return Optional.empty();
        }
        return Optional.of(inWindow.get(inWindow.size() - postsPerMinute).plus(WINDOW));
    }

    /** Slow mode refuses a post: the web layer answers 429 with Retry-After. */
    public static final class SlowedDown extends RuntimeException {
        private final transient Instant retryAt;

        public SlowedDown(Instant retryAt, int postsPerMinute) {
            super("Slow mode: at most " + postsPerMinute + " post" + (postsPerMinute == 1 ? "" : "s")
                    + " per minute in this forum; try again at " + retryAt);
            this.retryAt = retryAt;
        }

        public Instant retryAt() {
            return retryAt;
        }
    }
}
