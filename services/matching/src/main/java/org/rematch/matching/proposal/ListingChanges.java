package org.rematch.matching.proposal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.rematch.contracts.Topics;
import org.rematch.contracts.pairings.PairingWithdrawn;
import org.rematch.contracts.pairings.WithdrawalReason;
import org.rematch.kit.outbox.EventOutbox;
import org.rematch.matching.pairing.Pairing;
import org.rematch.matching.pairing.PairingState;
import org.rematch.matching.pairing.Pairings;
import org.rematch.matching.policy.Withdrawals;
import org.rematch.matching.readmodel.MentorView;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * What a changed listing does to the mentor's proposals not yet answered: {@link Withdrawals} says which go. Each
 * withdrawal is the conditional update a decision is ({@code state: PROPOSED}) carrying PairingWithdrawn, so a mentor
 * answering at the same moment wins or loses cleanly; re-matching the mentee follows from consuming the event, as after
 * a decline. Counting the mentor's open pairings from the pairings themselves, which each withdrawal changes at once,
 * makes a repeated listing change withdraw nothing more.
 */
@Component
public class ListingChanges {

    private final Pairings pairings;
    private final EventOutbox outbox;
    private final Clock clock;

    public ListingChanges(Pairings pairings, EventOutbox outbox, Clock clock) {
        this.pairings = pairings;
        this.outbox = outbox;
        this.clock = clock;
    }

    public void withdrawWhatNoLongerFits(MentorView mentor) {
        LocalDate today = LocalDate.now(clock);
        boolean paused = mentor.pausedUntilDate() != null && mentor.pausedUntilDate().isAfter(today);
        Map<String, Pairing> unanswered = pairings.unansweredOf(mentor.id()).stream()
                .collect(Collectors.toMap(Pairing::id, Function.identity(), (first, second) -> first, LinkedHashMap::new));
        if (unanswered.isEmpty()) {
            return;
        }
        for (Withdrawals.Withdrawal withdrawal : Withdrawals.after(mentor.candidate().accepting(today), paused, mentor.capacity(),
                pairings.openOf(mentor.id()), List.copyOf(unanswered.keySet()))) {
            withdraw(unanswered.get(withdrawal.pairingId()), withdrawal.reason());
        }
    }

    private void withdraw(Pairing pairing, WithdrawalReason reason) {
        Instant now = clock.instant();
        PairingWithdrawn event = new PairingWithdrawn(pairing.id(), pairing.menteeId(), pairing.mentorId(), reason, now);
        Update change = new Update().set("state", PairingState.WITHDRAWN.name()).set("withdrawnAt", now)
                .set("withdrawalReason", reason.name());
        pairings.decide(pairing.id(), pairing.mentorId(), change, outbox.event(Topics.PAIRINGS, pairing.menteeId(), event));
    }
}
