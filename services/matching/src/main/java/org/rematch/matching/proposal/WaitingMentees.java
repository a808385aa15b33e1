package org.rematch.matching.proposal;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * A safety net for waiting mentees: besides trying again when a mentor on their path gets a free slot (a listing
 * update or a decline), the least recently tried of them try again periodically, in case a slot was freed while
 * they were being ranked.
 */
@Component
public class WaitingMentees {

    private final Proposer proposer;

    public WaitingMentees(Proposer proposer) {
        this.proposer = proposer;
    }

    @Scheduled(fixedDelayString = "${rematch.matching.waiting-retry-interval:60s}",
            initialDelayString = "${rematch.matching.waiting-retry-interval:60s}")
    public void retryPeriodically() {
        proposer.retryWaiting();
    }
}
