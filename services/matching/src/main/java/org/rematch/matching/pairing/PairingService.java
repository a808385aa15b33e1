package org.rematch.matching.pairing;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.rematch.contracts.Topics;
import org.rematch.contracts.pairings.PairingAccepted;
import org.rematch.contracts.pairings.PairingDeclined;
import org.rematch.kit.outbox.EventOutbox;
import org.rematch.matching.readmodel.MentorReadModel;
import org.rematch.matching.readmodel.MentorView;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;

/**
 * What mentees and mentors do with pairings. Only the addressed mentor decides, and only once: the decision is a
 * conditional update on {@code state: PROPOSED, mentorId: caller}, so two concurrent decisions cannot both win.
 * Re-matching after a decline is not done here but by consuming the PairingDeclined event (see the proposal
 * package), so it survives a crash between the decline and the next proposal.
 */
@Service
public class PairingService {

    private final Pairings pairings;
    private final MentorReadModel mentors;
    private final EventOutbox outbox;
    private final Clock clock;

    public PairingService(Pairings pairings, MentorReadModel mentors, EventOutbox outbox, Clock clock) {
        this.pairings = pairings;
        this.mentors = mentors;
        this.outbox = outbox;
        this.clock = clock;
    }

    public List<PairingView> involving(String accountId) {
        return pairings.involving(accountId).stream().map(pairing -> PairingView.seenBy(pairing, accountId)).toList();
    }

    /** @param mentorName the caller's display name from the token's {@code name} claim; else the mentor read model's */
    public PairingView accept(String pairingId, String mentorId, String mentorName) {
        Pairing pairing = proposedTo(pairingId, mentorId);
        Instant now = clock.instant();
        String displayName = mentorName != null && !mentorName.isBlank() ? mentorName
                : mentors.find(mentorId).map(MentorView::displayName).orElse(pairing.mentorDisplayName());
        PairingAccepted event = new PairingAccepted(pairing.id(), pairing.menteeId(), pairing.mentorId(), displayName, now);
        Update change = new Update().set("state", PairingState.ACCEPTED.name()).set("acceptedAt", now)
                .set("mentorDisplayName", displayName);
        decide(pairing, change, event);
        return PairingView.of(pairings.find(pairingId).orElseThrow());
    }

    public PairingView decline(String pairingId, String mentorId, String reason) {
        Pairing pairing = proposedTo(pairingId, mentorId);
        Instant now = clock.instant();
        PairingDeclined event = new PairingDeclined(pairing.id(), pairing.menteeId(), pairing.mentorId(), reason.strip(), now);
        Update change = new Update().set("state", PairingState.DECLINED.name()).set("declinedAt", now)
                .set("declineReason", reason.strip());
        decide(pairing, change, event);
        return PairingView.of(pairings.find(pairingId).orElseThrow());
    }

    private Pairing proposedTo(String pairingId, String mentorId) {
        Pairing pairing = pairings.find(pairingId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No pairing " + pairingId));
        if (!pairing.mentorId().equals(mentorId)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "This pairing is addressed to another mentor");
        }
        if (pairing.state() != PairingState.PROPOSED) {
            throw alreadyDecided(pairing.state());
        }
        return pairing;
    }

    private void decide(Pairing pairing, Update change, Object event) {
        if (!pairings.decide(pairing.id(), pairing.mentorId(), change, outbox.event(Topics.PAIRINGS, pairing.menteeId(), event))) {
            throw alreadyDecided(pairings.find(pairing.id()).map(Pairing::state).orElse(null));
        }
    }

    private static ResponseStatusException alreadyDecided(PairingState state) {
        return new ResponseStatusException(HttpStatus.CONFLICT,
                "The pairing is no longer proposed" + (state == null ? "" : " (it is " + state + ")"));
    }
}
