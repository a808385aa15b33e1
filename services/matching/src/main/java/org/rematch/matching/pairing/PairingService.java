package org.rematch.matching.pairing;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.rematch.contracts.Topics;
import org.rematch.contracts.pairings.PairingAccepted;
import org.rematch.contracts.pairings.PairingDeclined;
import org.rematch.contracts.pairings.PairingEnded;
import org.rematch.contracts.pairings.PairingWithdrawn;
import org.rematch.contracts.pairings.WithdrawalReason;
import org.rematch.kit.outbox.EventOutbox;
import org.rematch.matching.readmodel.MenteeReadModel;
import org.rematch.matching.readmodel.MenteeView;
import org.rematch.matching.readmodel.MentorReadModel;
import org.rematch.matching.readmodel.MentorView;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;

/**
 * What mentees and mentors do with pairings. Each party sees a pairing as {@link PairingView} says; nobody else sees
 * it (404). Only the addressed mentor decides, and only once: the decision is a
 * conditional update on {@code state: PROPOSED, mentorId: caller}, so two concurrent decisions cannot both win.
 * Re-matching after a decline is not done here but by consuming the PairingDeclined event (see the proposal
 * package), so it survives a crash between the decline and the next proposal.
 */
@Service
public class PairingService {

    private final Pairings pairings;
    private final MentorReadModel mentors;
    private final MenteeReadModel mentees;
    private final EventOutbox outbox;
    private final Clock clock;

    public PairingService(Pairings pairings, MentorReadModel mentors, MenteeReadModel mentees, EventOutbox outbox, Clock clock) {
        this.pairings = pairings;
        this.mentors = mentors;
        this.mentees = mentees;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** The account's own pairings (as mentee, or addressed to them as mentor), each as they may see it. */
    public List<PairingView> involving(String accountId) {
        List<Pairing> found = pairings.involving(accountId);
        Map<String, MenteeView> menteesById = mentees.findAll(found.stream().map(Pairing::menteeId).distinct().toList())
                .stream().collect(Collectors.toMap(MenteeView::id, Function.identity()));
        return found.stream()
                .map(pairing -> PairingView.seenBy(pairing, accountId, Optional.ofNullable(menteesById.get(pairing.menteeId()))))
                .toList();
    }

    /**
     * One pairing, for its two parties only. To anyone else it does not exist (404, the same answer as for an unknown
     * id), whatever their role: whether a pairing exists between two people is private.
     */
    public PairingView find(String pairingId, String accountId) {
        Pairing pairing = pairings.find(pairingId).filter(found -> PairingView.isParty(found, accountId))
                .orElseThrow(() -> notFound(pairingId));
        return seenBy(pairing, accountId);
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
        return seenBy(pairings.find(pairingId).orElseThrow(), mentorId);
    }

    public PairingView decline(String pairingId, String mentorId, String reason) {
        Pairing pairing = proposedTo(pairingId, mentorId);
        Instant now = clock.instant();
        PairingDeclined event = new PairingDeclined(pairing.id(), pairing.menteeId(), pairing.mentorId(), reason.strip(), now);
        Update change = new Update().set("state", PairingState.DECLINED.name()).set("declinedAt", now)
                .set("declineReason", reason.strip());
        decide(pairing, change, event);
        return seenBy(pairings.find(pairingId).orElseThrow(), mentorId);
    }

    /**
     * Either party ends an accepted mentorship, optionally saying how it went. Anyone else gets 404; a pairing that is not
     * accepted (or was ended a moment ago) 409. What follows (the slot, a next mentor) comes from consuming PairingEnded.
     */
    public PairingView end(String pairingId, String accountId, EndRequest request) {
        Pairing pairing = pairings.find(pairingId).filter(found -> PairingView.isParty(found, accountId))
                .orElseThrow(() -> notFound(pairingId));
        if (pairing.state() != PairingState.ACCEPTED) {
            throw new ResponseStatusException(HttpStatus.CONFLICT,
                    "Only an accepted mentorship can be ended (this pairing is " + pairing.state() + ")");
        }
        String endedBy = accountId.equals(pairing.menteeId()) ? "MENTEE" : "MENTOR";
        Instant now = clock.instant();
        PairingEnded event = new PairingEnded(pairing.id(), pairing.menteeId(), pairing.mentorId(), pairing.menteeDisplayName(),
                pairing.mentorDisplayName(), endedBy, now);
        String feedback = request.feedback() == null || request.feedback().isBlank() ? null : request.feedback().strip();
        Update change = new Update().set("state", PairingState.ENDED.name()).set("endedAt", now).set("endedBy", endedBy)
                .set("endFeedback", feedback).set("endRating", request.rating());
        if (!pairings.end(pairing.id(), change, outbox.event(Topics.PAIRINGS, pairing.menteeId(), event))) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "The mentorship was ended a moment ago");
        }
        return seenBy(pairings.find(pairingId).orElseThrow(), accountId);
    }

    /**
     * Matching takes back a proposal the mentor has not answered, for {@code reason}: the conditional update a decision
     * is, so a mentor answering at the same moment wins or loses cleanly. Re-matching the mentee follows from consuming
     * the event, as after a decline.
     *
     * @return whether this call withdrew it (false when the mentor answered first or it was withdrawn already)
     */
    public boolean withdraw(Pairing pairing, WithdrawalReason reason) {
        Instant now = clock.instant();
        PairingWithdrawn event = new PairingWithdrawn(pairing.id(), pairing.menteeId(), pairing.mentorId(), reason, now);
        Update change = new Update().set("state", PairingState.WITHDRAWN.name()).set("withdrawnAt", now)
                .set("withdrawalReason", reason.name());
        return pairings.decide(pairing.id(), pairing.mentorId(), change, outbox.event(Topics.PAIRINGS, pairing.menteeId(), event));
    }

    /**
     * The pairing, if it is addressed to this mentor. A pairing addressed to another mentor answers 404 like an unknown
     * one: a mentor must not learn which pairings exist between other people.
     */
    private Pairing proposedTo(String pairingId, String mentorId) {
        Pairing pairing = pairings.find(pairingId).filter(found -> mentorId.equals(found.mentorId()))
                .orElseThrow(() -> notFound(pairingId));
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

    private PairingView seenBy(Pairing pairing, String accountId) {
        return PairingView.seenBy(pairing, accountId, mentees.find(pairing.menteeId()));
    }

    private static ResponseStatusException notFound(String pairingId) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "No pairing " + pairingId + " of yours");
    }

    private static ResponseStatusException alreadyDecided(PairingState state) {
        return new ResponseStatusException(HttpStatus.CONFLICT,
                "The pairing is no longer proposed" + (state == null ? "" : " (it is " + state + ")"));
    }
}
