package org.rematch.matching.pairing;

import java.time.Clock;
import java.time.Instant;
import org.rematch.contracts.Topics;
import org.rematch.contracts.pairings.PairingExpired;
import org.rematch.contracts.pairings.PairingReminderDue;
import org.rematch.kit.outbox.EventOutbox;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps the time a mentor has to answer a proposal. Half way, the mentor is reminded (PairingReminderDue, once: the
 * update is conditional on no reminder yet). At the respond-by time an unanswered proposal expires: the same
 * conditional update a decision is ({@code state: PROPOSED}), carrying PairingExpired, so a mentor answering at that
 * very moment either wins (and nothing expires) or finds the pairing expired (409). What follows an expiry is done by
 * consuming PairingExpired (see the proposal package): the slot is given back, the mentee's next round is proposed, and
 * the silence counts against the mentor's responsiveness.
 */
@Component
public class ProposalDeadlines {

    private final Pairings pairings;
    private final EventOutbox outbox;
    private final Clock clock;
    private final int batch;

    public ProposalDeadlines(Pairings pairings, EventOutbox outbox, Clock clock,
            @Value("${rematch.matching.deadline-batch:200}") int batch) {
        this.pairings = pairings;
        this.outbox = outbox;
        this.clock = clock;
        this.batch = batch;
    }

    @Scheduled(fixedDelayString = "${rematch.matching.deadline-sweep-interval:30s}",
            initialDelayString = "${rematch.matching.deadline-sweep-interval:30s}")
    public void sweep() {
        expireOverdue();
        remindHalfWay();
    }

    public void expireOverdue() {
        Instant now = clock.instant();
        for (Pairing overdue : pairings.overdue(now, batch)) {
            PairingExpired event = new PairingExpired(overdue.id(), overdue.menteeId(), overdue.mentorId(), overdue.respondBy(), now);
            Update change = new Update().set("state", PairingState.EXPIRED.name()).set("expiredAt", now);
            pairings.decide(overdue.id(), overdue.mentorId(), change, outbox.event(Topics.PAIRINGS, overdue.menteeId(), event));
        }
    }

    public void remindHalfWay() {
        Instant now = clock.instant();
        for (Pairing due : pairings.remindersDue(now, batch)) {
            PairingReminderDue event = new PairingReminderDue(due.id(), due.menteeId(), due.mentorId(), due.menteeDisplayName(),
                    due.respondBy(), now);
            pairings.markReminded(due.id(), now, outbox.event(Topics.PAIRINGS, due.menteeId(), event));
        }
    }
}
