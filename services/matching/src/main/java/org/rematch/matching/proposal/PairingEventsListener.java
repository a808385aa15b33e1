package org.rematch.matching.proposal;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.rematch.contracts.Topics;
import org.rematch.contracts.pairings.PairingAccepted;
import org.rematch.contracts.pairings.PairingDeclined;
import org.rematch.contracts.pairings.PairingEnded;
import org.rematch.contracts.pairings.PairingEvent;
import org.rematch.contracts.pairings.PairingExpired;
import org.rematch.contracts.pairings.PairingWithdrawn;
import org.rematch.kit.messaging.ProcessedEvents;
import org.rematch.matching.pairing.Pairings;
import org.rematch.matching.readmodel.MentorReadModel;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * What follows a mentor's answer, or their silence, driven by matching's own events so that it survives a crash
 * between the state change and its consequences:
 * <ul>
 *   <li>after a decline, an expiry or a withdrawal the mentor's slot is given back (idempotently), the mentee's next round is proposed
 *       excluding every mentor proposed before, and waiting mentees on that mentor's path try the freed slot;</li>
 *   <li>after an ended mentorship the slot is given back too; the mentee gets a next mentor only if the mentor ended it;</li>
 *   <li>an expiry counts against the mentor's responsiveness, an acceptance or a decline restores it
 *       ({@link InactiveMentors}); this runs first, so a mentor marked inactive is not offered the freed slot.</li>
 * </ul>
 */
@Component
public class PairingEventsListener {

    private final ProcessedEvents processedEvents;
    private final Pairings pairings;
    private final MentorReadModel mentors;
    private final Proposer proposer;
    private final InactiveMentors inactiveMentors;

    public PairingEventsListener(ProcessedEvents processedEvents, Pairings pairings, MentorReadModel mentors, Proposer proposer,
            InactiveMentors inactiveMentors) {
        this.processedEvents = processedEvents;
        this.pairings = pairings;
        this.mentors = mentors;
        this.proposer = proposer;
        this.inactiveMentors = inactiveMentors;
    }

    @KafkaListener(topics = Topics.PAIRINGS)
    void on(ConsumerRecord<String, PairingEvent> record) {
        switch (record.value()) {
            case PairingDeclined declined -> {
                responsiveness(record, () -> inactiveMentors.answered(declined.mentorId(), declined.declinedAt()));
                rematch(record, declined.pairingId(), declined.mentorId());
            }
            case PairingExpired expired -> {
                responsiveness(record, () -> inactiveMentors.expired(expired.mentorId(), expired.pairingId(), expired.expiredAt()));
                rematch(record, expired.pairingId(), expired.mentorId());
            }
            case PairingWithdrawn withdrawn -> rematch(record, withdrawn.pairingId(), withdrawn.mentorId());
            // a mentee whose mentor ended it is looked after as after a decline; one who ended it asks when they want
            case PairingEnded ended -> freeSlot(record, ended.pairingId(), ended.mentorId(), "MENTOR".equals(ended.endedBy()));
            case PairingAccepted accepted ->
                    responsiveness(record, () -> inactiveMentors.answered(accepted.mentorId(), accepted.acceptedAt()));
            case null, default -> {
                // proposals and forum recommendations need nothing more from matching
            }
        }
    }

    private void responsiveness(ConsumerRecord<String, PairingEvent> record, Runnable effect) {
        processedEvents.once("matching.responsiveness", record, effect);
    }

    private void rematch(ConsumerRecord<String, PairingEvent> record, String pairingId, String mentorId) {
        freeSlot(record, pairingId, mentorId, true);
    }

    /** Gives the pairing's slot back, proposes the mentee's next round if asked, and lets waiting mentees try the slot. */
    private void freeSlot(ConsumerRecord<String, PairingEvent> record, String pairingId, String mentorId, boolean proposeNext) {
        processedEvents.once("matching.rematch", record, () -> {
            mentors.release(mentorId, pairingId);
            if (proposeNext) {
                pairings.find(pairingId).ifPresent(pairing -> proposer.propose(pairing.menteeId(), pairing.round() + 1));
            }
            mentors.find(mentorId).ifPresent(proposer::retryWaitingFor);
        });
    }
}
