package org.rematch.matching.request;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.rematch.contracts.pairings.PairingOrigin;
import org.rematch.kit.outbox.EventOutbox;
import org.rematch.matching.pairing.Pairing;
import org.rematch.matching.pairing.PairingService;
import org.rematch.matching.pairing.PairingState;
import org.rematch.matching.pairing.PairingView;
import org.rematch.matching.pairing.Pairings;
import org.rematch.matching.pairing.Proposals;
import org.rematch.matching.pairing.ResponseDeadline;
import org.rematch.matching.policy.MentorRequestPolicy;
import org.rematch.matching.policy.PastPairing;
import org.rematch.matching.policy.RequestDecision;
import org.rematch.matching.policy.RequestRefusal;
import org.rematch.matching.policy.Requester;
import org.rematch.matching.proposal.Proposer;
import org.rematch.matching.readmodel.MenteeReadModel;
import org.rematch.matching.readmodel.MenteeView;
import org.rematch.matching.readmodel.MentorReadModel;
import org.rematch.matching.readmodel.MentorView;
import org.rematch.matching.scoring.MentorScorer;
import org.rematch.matching.scoring.ScoredMentor;
import org.springframework.stereotype.Service;

/**
 * A mentee asks a mentor they chose (origin MENTEE_REQUEST). {@link MentorRequestPolicy} decides on the read models;
 * then the request fills the mentee's next round exactly as an automatic proposal would:
 * <ol>
 *   <li>reserve a slot of the mentor for the round's pairing id with the one conditional update proposals use (so two
 *       mentees asking for the last slot cannot both get it: the loser is refused MENTOR_AT_CAPACITY);</li>
 *   <li>insert the pairing with PairingProposed (origin, message) in its outbox in ONE insert. The pairing id comes
 *       from (mentee, round), so a retried request, or an automatic proposal racing it (a waiting mentee swept at the
 *       same moment), hits the same _id: one wins, the loser's slot is given back.</li>
 * </ol>
 * Scoring still gives the score and reasons (the mentor sees only what the mentee shares), but the same-path rule does
 * not apply. Once proposed the mentee no longer waits for an automatic proposal; a decline re-matches them
 * automatically like any decline (the PairingDeclined listener).
 */
@Service
public class MentorRequests {

    /** The mentee's pairing after the request; {@code created} false when it existed already (a retried request). */
    public record Requested(PairingView pairing, boolean created) {
    }

    private final MenteeReadModel mentees;
    private final MentorReadModel mentors;
    private final Pairings pairings;
    private final PairingService pairingService;
    private final EventOutbox outbox;
    private final Clock clock;
    private final ResponseDeadline deadline;
    private final MentorScorer scorer;

    public MentorRequests(MenteeReadModel mentees, MentorReadModel mentors, Pairings pairings, PairingService pairingService,
            EventOutbox outbox, Clock clock, ResponseDeadline deadline, MentorScorer scorer) {
        this.mentees = mentees;
        this.mentors = mentors;
        this.pairings = pairings;
        this.pairingService = pairingService;
        this.outbox = outbox;
        this.clock = clock;
        this.deadline = deadline;
        this.scorer = scorer;
    }

    /**
     * @param message already trimmed, at most 500 characters, or null
     * @throws RequestRefusedException with the rule that refused
     */
    public Requested request(String menteeId, String mentorId, String message) {
        Optional<MenteeView> mentee = mentees.find(menteeId);
        Optional<MentorView> mentor = mentors.find(mentorId);
        List<Pairing> history = pairings.ofMentee(menteeId);
        Requester requester = mentee.map(found -> new Requester(true, found.status(), history.stream().map(MentorRequests::past).toList(),
                        found.conflictedMentorIds()))
                .orElseGet(Requester::unregistered);
        RequestDecision decision = MentorRequestPolicy.decide(requester, mentor.map(MentorView::candidate), LocalDate.now(clock));
        return switch (decision) {
            case RequestDecision.Refused refused -> throw new RequestRefusedException(refused.reason(), refused.detail());
            case RequestDecision.AlreadyProposed already -> new Requested(pairingService.find(already.pairingId(), menteeId), false);
            case RequestDecision.Allowed allowed -> propose(mentee.orElseThrow(), mentor.orElseThrow(), history, message);
        };
    }

    private Requested propose(MenteeView mentee, MentorView mentor, List<Pairing> history, String message) {
        int round = Proposer.lastRound(history, mentee) + 1;
        String pairingId = Pairing.idFor(mentee.id(), round);
        if (!mentors.reserve(mentor.id(), pairingId)) {
            RequestDecision.Refused full = MentorRequestPolicy.atCapacity(mentor.candidate());
            throw new RequestRefusedException(full.reason(), full.detail());
        }
        ScoredMentor scored = scorer.score(mentee.path(LocalDate.now(clock)), mentor.candidate());
        List<String> earlierMentors = history.stream().map(Pairing::mentorId).toList();
        Instant now = clock.instant();
        Pairing pairing = Proposals.proposed(outbox, mentee, scored, round, earlierMentors, now, deadline.of(now),
                PairingOrigin.MENTEE_REQUEST, message);
        if (pairings.insert(pairing)) {
            // a slot held for this pairing id on another mentor (an earlier attempt that crashed) is given back
            mentors.releaseAllBut(pairingId, mentor.id());
            mentees.clearSeeking(mentee.id()); // this pairing is their current one: no automatic proposal besides it
            return new Requested(pairingService.find(pairingId, mentee.id()), true);
        }
        // the round was filled concurrently: by the same request retried, or by an automatic proposal
        Pairing winner = pairings.find(pairingId).orElseThrow(() -> new IllegalStateException("Pairing " + pairingId + " vanished"));
        mentors.releaseAllBut(pairingId, winner.mentorId());
        mentees.clearSeeking(mentee.id());
        if (winner.mentorId().equals(mentor.id()) && winner.state() == PairingState.PROPOSED) {
            return new Requested(pairingService.find(pairingId, mentee.id()), false);
        }
        throw new RequestRefusedException(RequestRefusal.ALREADY_PAIRED,
                "Matching proposed you a mentor a moment ago: you can ask for another mentor once that proposal is decided");
    }

    private static PastPairing past(Pairing pairing) {
        return new PastPairing(pairing.id(), pairing.mentorId(), switch (pairing.state()) {
            case PROPOSED -> PastPairing.Stage.PROPOSED;
            case ACCEPTED -> PastPairing.Stage.ACCEPTED;
            case DECLINED -> PastPairing.Stage.DECLINED;
            case EXPIRED -> PastPairing.Stage.EXPIRED;
            case WITHDRAWN -> PastPairing.Stage.WITHDRAWN;
            case ENDED -> PastPairing.Stage.ENDED;
        });
    }
}
