package org.rematch.matching.proposal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.rematch.matching.pairing.Pairing;
import org.rematch.matching.pairing.PairingService;
import org.rematch.matching.pairing.Pairings;
import org.rematch.matching.policy.Withdrawals;
import org.rematch.matching.readmodel.MentorView;
import org.springframework.stereotype.Component;

/**
 * What a changed listing does to the mentor's proposals not yet answered: {@link Withdrawals} says which go. Each
 * withdrawal is {@link PairingService#withdraw}, so a mentor answering at the same moment wins or loses cleanly and
 * re-matching the mentee follows from consuming the event. Counting the mentor's open pairings from the pairings
 * themselves, which each withdrawal changes at once, makes a repeated listing change withdraw nothing more.
 */
@Component
public class ListingChanges {

    private final Pairings pairings;
    private final PairingService pairingService;
    private final Clock clock;

    public ListingChanges(Pairings pairings, PairingService pairingService, Clock clock) {
        this.pairings = pairings;
        this.pairingService = pairingService;
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
            pairingService.withdraw(unanswered.get(withdrawal.pairingId()), withdrawal.reason());
        }
    }
}
