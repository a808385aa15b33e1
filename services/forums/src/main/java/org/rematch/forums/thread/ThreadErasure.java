package org.rematch.forums.thread;

import java.time.Clock;
import org.rematch.kit.privacy.AccountErasure;
import org.springframework.stereotype.Component;

/**
 * An erased account's threads and posts stay in place, so the conversations others took part in still read in order,
 * but lose their author (authorId null, authorName "[deleted]"), and every post of theirs loses its body, as if they
 * had deleted it. Thread titles stay: others' replies answer them. Idempotent.
 */
@Component
class ThreadErasure implements AccountErasure {

    private final Threads threads;
    private final Posts posts;
    private final Clock clock;

    ThreadErasure(Threads threads, Posts posts, Clock clock) {
        this.threads = threads;
        this.posts = posts;
        this.clock = clock;
    }

    @Override
    public void erase(String accountId) {
        posts.anonymise(accountId, clock.instant());
        threads.anonymise(accountId);
    }
}
