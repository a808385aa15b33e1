package org.rematch.matching.proposal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.rematch.contracts.pairings.PairingOrigin;
import org.rematch.kit.outbox.EventOutbox;
import org.rematch.matching.pairing.Pairing;
import org.rematch.matching.pairing.Proposals;
import org.rematch.matching.pairing.ResponseDeadline;
import org.rematch.matching.pairing.Pairings;
import org.rematch.matching.readmodel.MenteeReadModel;
import org.rematch.matching.readmodel.MenteeView;
import org.rematch.matching.readmodel.MentorReadModel;
import org.rematch.matching.readmodel.MentorView;
import org.rematch.matching.scoring.MenteePath;
import org.rematch.matching.scoring.MentorCandidate;
import org.rematch.matching.scoring.MentorScorer;
import org.rematch.matching.scoring.ScoredMentor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Proposes the best available mentor to a mentee, crash-safe and never twice.
 *
 * <p>Each proposal fills one <em>round</em> of the mentee (1 at registration, +1 after each decline) and its pairing id
 * is derived from (menteeId, round). Steps, each idempotent on its own:
 * <ol>
 *   <li>if the round's pairing exists, or the mentee has an open pairing, there is nothing to do (a redelivery);</li>
 *   <li>if some mentor already holds a slot for the pairing id (reserved before a crash), that mentor is the one;
 *       otherwise reserve a slot on the best-ranked mentor with ONE conditional update, falling back to the next;</li>
 *   <li>insert the pairing with PairingProposed in its outbox in ONE insert; a duplicate key means a concurrent
 *       proposer won: give back this attempt's slot if it is on another mentor.</li>
 * </ol>
 * If no mentor fits, the mentee waits (SEEKING in the mentee read model) until capacity appears. A mentor who is not
 * accepting, or is paused until a day after today (the clock's zone), gets no new proposal; once the pause has passed
 * they count as accepting again (the periodic sweep of waiting mentees finds them).
 */
@Component
public class Proposer {

    public enum Outcome { PROPOSED, ALREADY_PROPOSED, WAITING, NOT_SEEKING }

    private static final Set<String> SEEKING_STATUSES = Set.of("SEEKING");

    private final MenteeReadModel mentees;
    private final MentorReadModel mentors;
    private final Pairings pairings;
    private final EventOutbox outbox;
    private final Clock clock;
    private final ResponseDeadline deadline;
    private final MentorScorer scorer;
    private final int waitingBatch;

    public Proposer(MenteeReadModel mentees, MentorReadModel mentors, Pairings pairings, EventOutbox outbox, Clock clock,
            ResponseDeadline deadline, MentorScorer scorer, @Value("${rematch.matching.waiting-batch:20}") int waitingBatch) {
        this.mentees = mentees;
        this.mentors = mentors;
        this.pairings = pairings;
        this.outbox = outbox;
        this.clock = clock;
        this.deadline = deadline;
        this.scorer = scorer;
        this.waitingBatch = waitingBatch;
    }

    /** Fills the mentee's {@code round} with the best available mentor, unless it is filled already. */
    public Outcome propose(String menteeId, int round) {
        return propose(menteeId, round, null);
    }

    /**
     * Like {@link #propose(String, int)}, trying {@code preferredMentorId} first (a surge batch's choice) if the rules
     * allow them; then, as always, the best of the rest.
     */
    public Outcome propose(String menteeId, int round, String preferredMentorId) {
        Optional<MenteeView> found = mentees.find(menteeId);
        if (found.isEmpty()) {
            return Outcome.NOT_SEEKING;
        }
        MenteeView mentee = found.get();
        String pairingId = Pairing.idFor(menteeId, round);
        List<Pairing> history = pairings.ofMentee(menteeId);
        Optional<Pairing> done = history.stream().filter(pairing -> pairing.id().equals(pairingId)).findFirst();
        if (done.isPresent()) {
            mentors.releaseAllBut(pairingId, done.get().mentorId());
            mentees.clearSeeking(menteeId);
            return Outcome.ALREADY_PROPOSED;
        }
        if (history.stream().anyMatch(pairing -> pairing.state().open()) || lastRound(history, mentee) >= round) {
            mentees.clearSeeking(menteeId);
            return Outcome.ALREADY_PROPOSED;
        }
        if (mentee.status() != null && !SEEKING_STATUSES.contains(mentee.status())) {
            mentees.clearSeeking(menteeId);
            return Outcome.NOT_SEEKING;
        }

        MenteePath path = mentee.path(LocalDate.now(clock));
        Set<String> excluded = mentee.notAgain(history.stream().map(Pairing::mentorId).toList());
        Optional<ScoredMentor> chosen = mentors.holding(pairingId)
                .map(reservedBeforeACrash -> scorer.score(path, reservedBeforeACrash.candidate()))
                .or(() -> reserveBest(path, excluded, pairingId, preferredMentorId));
        if (chosen.isEmpty()) {
            mentees.markSeeking(menteeId);
            return Outcome.WAITING;
        }

        ScoredMentor mentor = chosen.get();
        List<String> declined = history.stream().map(Pairing::mentorId).toList();
        Instant now = clock.instant();
        Pairing pairing = Proposals.proposed(outbox, mentee, mentor, round, declined, now, deadline.of(now), PairingOrigin.MATCHING, null);
        if (!pairings.insert(pairing)) {
            // a concurrent proposer filled the round first; keep only the winner's slot
            pairings.find(pairingId).ifPresent(winner -> mentors.releaseAllBut(pairingId, winner.mentorId()));
            mentees.clearSeeking(menteeId);
            return Outcome.ALREADY_PROPOSED;
        }
        mentees.clearSeeking(menteeId);
        return Outcome.PROPOSED;
    }

    /** Proposes for a mentee waiting for a mentor: the round after their last one. */
    public Outcome proposeNextRound(String menteeId) {
        return proposeNextRound(menteeId, null);
    }

    /** Like {@link #proposeNextRound(String)}, trying {@code preferredMentorId} first. */
    public Outcome proposeNextRound(String menteeId, String preferredMentorId) {
        int lastRound = lastRound(pairings.ofMentee(menteeId), mentees.find(menteeId).orElse(null));
        return propose(menteeId, lastRound + 1, preferredMentorId);
    }

    /**
     * The mentee's highest round so far (0 for none): of their pairings, or of one deleted with its erased mentor. Not
     * the count of their pairings, since an erased mentor's pairings are deleted and leave gaps; and a deleted round
     * is never filled again, so a pairing id never stands for two different proposals.
     */
    public static int lastRound(List<Pairing> history, MenteeView mentee) {
        int erased = mentee == null ? 0 : mentee.lastErasedRound();
        return Math.max(erased, history.stream().mapToInt(Pairing::round).max().orElse(0));
    }

    /** A slot of this mentor is free: the longest-waiting mentees on its path try again (bounded). */
    public void retryWaitingFor(MentorView mentor) {
        if (!mentor.candidate().available(LocalDate.now(clock))) {
            return;
        }
        for (MenteeView waiting : mentees.waitingFor(mentor.matchedSpecialty(), mentor.medicalSchoolCountry(), waitingBatch)) {
            proposeNextRound(waiting.id());
        }
    }

    /** The least recently tried waiting mentees try again (bounded); a periodic safety net. */
    public void retryWaiting() {
        for (MenteeView waiting : mentees.waitingLongestUntried(waitingBatch)) {
            proposeNextRound(waiting.id());
        }
    }

    private Optional<ScoredMentor> reserveBest(MenteePath path, Set<String> excluded, String pairingId, String preferredMentorId) {
        List<MentorCandidate> candidates = mentors.maybeAccepting().stream().map(MentorView::candidate).toList();
        List<ScoredMentor> ranked = scorer.rank(path, candidates, excluded, LocalDate.now(clock)).stream()
                .sorted(Comparator.comparing((ScoredMentor scored) -> !scored.mentorId().equals(preferredMentorId)))
                .toList();
        for (ScoredMentor best : ranked) {
            if (mentors.reserve(best.mentorId(), pairingId)) {
                return Optional.of(best);
            }
        }
        return Optional.empty();
    }
}
