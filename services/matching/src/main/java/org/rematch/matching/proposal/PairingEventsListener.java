package org.rematch.matching.proposal;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.rematch.contracts.Topics;
import org.rematch.contracts.pairings.PairingDeclined;
import org.rematch.contracts.pairings.PairingEvent;
import org.rematch.kit.messaging.ProcessedEvents;
import org.rematch.matching.pairing.Pairings;
import org.rematch.matching.readmodel.MentorReadModel;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Re-matching after a decline, driven by matching's own PairingDeclined event so that it survives a crash between
 * the decline and the next proposal: the declined mentor's slot is given back (idempotently), the mentee's next
 * round is proposed excluding every mentor proposed before, and waiting mentees on that mentor's path try the freed
 * slot.
 */
@Component
public class PairingEventsListener {

    private final ProcessedEvents processedEvents;
    private final Pairings pairings;
    private final MentorReadModel mentors;
    private final Proposer proposer;

    public PairingEventsListener(ProcessedEvents processedEvents, Pairings pairings, MentorReadModel mentors, Proposer proposer) {
        this.processedEvents = processedEvents;
        this.pairings = pairings;
        this.mentors = mentors;
        this.proposer = proposer;
    }

    @KafkaListener(topics = Topics.PAIRINGS)
    void on(ConsumerRecord<String, PairingEvent> record) {
        if (record.value() instanceof PairingDeclined declined) {
            processedEvents.once("matching.rematch", record, () -> rematch(declined));
        }
    }

    private void rematch(PairingDeclined declined) {
        mentors.release(declined.mentorId(), declined.pairingId());
        pairings.find(declined.pairingId())
                .ifPresent(pairing -> proposer.propose(pairing.menteeId(), pairing.round() + 1));
        mentors.find(declined.mentorId()).ifPresent(proposer::retryWaitingFor);
    }
}
