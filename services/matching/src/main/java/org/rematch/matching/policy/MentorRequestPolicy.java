package org.rematch.matching.policy;

import java.time.LocalDate;
import java.util.Optional;
import org.rematch.matching.scoring.MentorCandidate;

/**
 * The rules for a mentee asking a mentor they chose (origin MENTEE_REQUEST). Checked in this order, the first that
 * fails refusing:
 * <ol>
 *   <li>the mentor is known (else {@link RequestRefusal#MENTOR_UNKNOWN});</li>
 *   <li>matching holds the mentee's path profile ({@link RequestRefusal#NO_PROFILE});</li>
 *   <li>the mentee did not flag a conflict of interest with this mentor ({@link RequestRefusal#CONFLICT_FLAGGED});</li>
 *   <li>the mentee has no pairing proposed or accepted now ({@link RequestRefusal#ALREADY_PAIRED}), except that a
 *       pairing proposed to this very mentor answers the request as already done (a retry);</li>
 *   <li>the mentee is seeking: not paused, withdrawn or matched ({@link RequestRefusal#NOT_SEEKING});</li>
 *   <li>the mentor is not paused until after today ({@link RequestRefusal#MENTOR_PAUSED}) and accepts new mentees
 *       ({@link RequestRefusal#MENTOR_NOT_ACCEPTING});</li>
 *   <li>the mentor has a slot left ({@link RequestRefusal#MENTOR_AT_CAPACITY}): decided here on what was read, and
 *       again, atomically, when the slot is reserved;</li>
 *   <li>this mentor did not decline the mentee before. Checked last and answered like a full mentor: a mentee is never
 *       told which mentor declined them, and a mentor without room is something they cannot tell apart from it.</li>
 * </ol>
 * The same-path rule of matching's own proposals does not apply: the mentee chose this mentor.
 */
public final class MentorRequestPolicy {

    private MentorRequestPolicy() {
    }

    public static RequestDecision decide(Requester mentee, Optional<MentorCandidate> found, LocalDate today) {
        if (found.isEmpty()) {
            return refused(RequestRefusal.MENTOR_UNKNOWN, "There is no such mentor");
        }
        MentorCandidate mentor = found.get();
        if (!mentee.registered()) {
            return refused(RequestRefusal.NO_PROFILE,
                    "Matching has no path profile of yours yet: create it first (or try again in a moment if you just did)");
        }
        if (mentee.conflicts().contains(mentor.mentorId())) {
            return refused(RequestRefusal.CONFLICT_FLAGGED,
                    "You flagged a conflict of interest with " + name(mentor) + ": remove the flag first if you want to ask them");
        }
        Optional<PastPairing> open = mentee.pairings().stream().filter(PastPairing::open).findFirst();
        if (open.isPresent()) {
            PastPairing current = open.get();
            if (current.stage() == PastPairing.Stage.PROPOSED && mentor.mentorId().equals(current.mentorId())) {
                return new RequestDecision.AlreadyProposed(current.pairingId());
            }
            return refused(RequestRefusal.ALREADY_PAIRED, current.stage() == PastPairing.Stage.ACCEPTED
                    ? "You have a mentor already"
                    : "You have a proposal waiting for a mentor's answer: you can ask for another mentor once it is decided");
        }
        if (!mentee.seeking()) {
            return refused(RequestRefusal.NOT_SEEKING,
                    "Your profile says you are not seeking a mentor (" + mentee.status() + "): set it to seeking first");
        }
        if (mentor.pausedUntil() != null && mentor.pausedUntil().isAfter(today)) {
            return refused(RequestRefusal.MENTOR_PAUSED,
                    name(mentor) + " is taking a break until " + mentor.pausedUntil() + ": ask again then, or choose another mentor");
        }
        if (!mentor.accepting(today)) {
            return refused(RequestRefusal.MENTOR_NOT_ACCEPTING, name(mentor) + " is not taking new mentees at the moment");
        }
        boolean refusedBefore = mentee.pairings().stream()
                .anyMatch(pairing -> pairing.refused() && mentor.mentorId().equals(pairing.mentorId()));
        if (mentor.capacityLeft() <= 0 || refusedBefore) {
            return atCapacity(mentor);
        }
        return new RequestDecision.Allowed();
    }

    /** The refusal when the mentor's last slot is gone (also when another request took it first). */
    public static RequestDecision.Refused atCapacity(MentorCandidate mentor) {
        return refused(RequestRefusal.MENTOR_AT_CAPACITY, name(mentor) + " has no free place for a new mentee right now");
    }

    private static String name(MentorCandidate mentor) {
        return mentor.displayName() == null || mentor.displayName().isBlank() ? "This mentor" : mentor.displayName();
    }

    private static RequestDecision.Refused refused(RequestRefusal reason, String detail) {
        return new RequestDecision.Refused(reason, detail);
    }
}
