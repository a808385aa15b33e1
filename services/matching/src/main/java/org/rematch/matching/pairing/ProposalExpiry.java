package org.rematch.matching.pairing;

import java.time.Clock;
import java.time.Instant;
import org.rematch.contracts.Topics;
import org.rematch.contracts.pairings.PairingExpired;
import org.rematch.kit.outbox.EventOutbox;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Expires proposals whose mentor did not answer by the respond-by time. Each expiry is the same conditional update a
 * decision is ({@code state: PROPOSED}), carrying PairingExpired, so a mentor answering at that very moment either wins
 * (and nothing expires) or finds the pairing expired (409). What follows is done by consuming PairingExpired (see the
 * proposal package): the slot is given back, the mentee's next round is proposed, and the silence counts against the
 * mentor's responsiveness.
 */
@Component
public class ProposalExpiry {

    private final Pairings pairings;
    private final EventOutbox outbox;
    private final Clock clock;
    private final int batch;

    public ProposalExpiry(Pairings pairings, EventOutbox outbox, Clock clock,
            @Value("${rematch.matching.expiry-batch:200}") int batch) {
        this.pairings = pairings;
        this.outbox = outbox;
        this.clock = clock;
        this.batch = batch;
    }

    @Scheduled(fixedDelayString = "${rematch.matching.expiry-sweep-interval:30s}",
            initialDelayString = "${rematch.matching.expiry-sweep-interval:30s}")
    public void expireOverdue() {
        Instant now = clock.instant();
        for (Pairing overdue : pairings.overdue(now, batch)) {
            PairingExpired event = new PairingExpired(overdue.id(), overdue.menteeId(), overdue.mentorId(), overdue.respondBy(), now);
            Update change = new Update().set("state", PairingState.EXPIRED.name()).set("expiredAt", now);
            pairings.decide(overdue.id(), overdue.mentorId(), change, outbox.event(Topics.PAIRINGS, overdue.menteeId(), event));
        }
    }
}
