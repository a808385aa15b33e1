package org.rematch.matching.policy;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Whether a mentor has stopped answering: {@code threshold} proposals in a row expired without an answer. "In a row"
 * is judged by time, not by arrival order, because expiries and answers reach matching through different partitions:
 * only expiries after the mentor's last answer, and after the last time they were marked inactive, count.
 *
 * @param expiries        the mentor's expired proposals matching has recorded (any order, possibly old ones)
 * @param lastAnsweredAt  when the mentor last accepted or declined a proposal, or null
 * @param lastMarkedAt    when the mentor was last marked inactive (the expiry that tipped it), or null
 */
public record Responsiveness(List<Expiry> expiries, Instant lastAnsweredAt, Instant lastMarkedAt) {

    /** One proposal that expired unanswered. */
    public record Expiry(String pairingId, Instant expiredAt) {
    }

    /** The verdict: mark the mentor inactive, because {@code unansweredInARow} proposals expired up to {@code markedAt}. */
    public record Marking(int unansweredInARow, Instant markedAt) {
    }

    public Responsiveness {
        expiries = expiries == null ? List.of() : List.copyOf(expiries);
    }

    /** The expiries since the mentor last answered or was last marked, oldest first. */
    public List<Expiry> unansweredInARow() {
        Instant since = latest(lastAnsweredAt, lastMarkedAt);
        return expiries.stream()
                .filter(expiry -> since == null || expiry.expiredAt().isAfter(since))
                .sorted(Comparator.comparing(Expiry::expiredAt))
                .toList();
    }

    /** A marking when at least {@code threshold} proposals in a row went unanswered; none otherwise. */
    public Optional<Marking> marking(int threshold) {
        List<Expiry> unanswered = unansweredInARow();
        if (unanswered.size() < threshold) {
            return Optional.empty();
        }
        return Optional.of(new Marking(unanswered.size(), unanswered.getLast().expiredAt()));
    }

    private static Instant latest(Instant a, Instant b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isAfter(b) ? a : b;
    }
}
