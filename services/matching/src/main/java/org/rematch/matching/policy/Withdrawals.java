package org.rematch.matching.policy;

import java.util.List;
import org.rematch.contracts.pairings.WithdrawalReason;

/**
 * Which unanswered proposals of a mentor are withdrawn when their listing changes: all of them when the mentor no
 * longer takes mentees (paused, closed, marked inactive); when they cut their capacity below the mentees they hold, the
 * most recent proposals, as many as the cut takes (accepted mentorships are never withdrawn).
 */
public final class Withdrawals {

    /** One proposal to withdraw, and why. */
    public record Withdrawal(String pairingId, WithdrawalReason reason) {
    }

    private Withdrawals() {
    }

    /**
     * @param acceptingToday  whether the mentor takes new mentees today
     * @param paused          whether they are paused until a later date (else closed or inactive, when not accepting)
     * @param capacity        the listing's capacity now
     * @param open            how many pairings hold a slot: proposed or accepted
     * @param unansweredNewestFirst the ids of their proposals not yet answered, the most recent first
     */
    public static List<Withdrawal> after(boolean acceptingToday, boolean paused, int capacity, long open,
            List<String> unansweredNewestFirst) {
        if (!acceptingToday) {
            WithdrawalReason reason = paused ? WithdrawalReason.MENTOR_PAUSED : WithdrawalReason.MENTOR_NOT_ACCEPTING;
            return unansweredNewestFirst.stream().map(id -> new Withdrawal(id, reason)).toList();
        }
        long excess = Math.max(0, open - capacity);
        return unansweredNewestFirst.stream().limit(excess).map(id -> new Withdrawal(id, WithdrawalReason.CAPACITY_REDUCED)).toList();
    }
}
