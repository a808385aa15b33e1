package org.rematch.matching.proposal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.rematch.contracts.Topics;
import org.rematch.contracts.pairings.PairingWithdrawn;
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
        var unanswered = pairings.unansweredOf(mentor.id()).stream().map(Pairing::id).toList();
        if (unanswered.isEmpty()) {
            return;
        }
        for (Withdrawals.Withdrawal withdrawal : Withdrawals.after(mentor.candidate().accepting(today), paused, mentor.capacity(),
                pairings.openOf(mentor.id()), unanswered)) {
            withdraw(mentor.id(), withdrawal);
        }
    }

    private void withdraw(String mentorId, Withdrawals.Withdrawal withdrawal) {
        pairings.find(withdrawal.pairingId()).ifPresent(pairing -> {
            Instant now = clock.instant();
            PairingWithdrawn event = new PairingWithdrawn(pairing.id(), pairing.menteeId(), mentorId, withdrawal.reason(), now);
            Update change = new Update().set("state", PairingState.WITHDRAWN.name()).set("withdrawnAt", now)
                    .set("withdrawalReason", withdrawal.reason().name());
            pairings.decide(pairing.id(), mentorId, change, outbox.event(Topics.PAIRINGS, pairing.menteeId(), event));
        });
    }
}
