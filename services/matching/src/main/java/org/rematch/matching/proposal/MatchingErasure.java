package org.rematch.matching.proposal;

import java.util.LinkedHashSet;
import java.util.Set;
import org.rematch.kit.privacy.AccountErasure;
import org.rematch.matching.pairing.Pairing;
import org.rematch.matching.pairing.Pairings;
import org.rematch.matching.readmodel.MenteeReadModel;
import org.rematch.matching.readmodel.MentorReadModel;
import org.springframework.stereotype.Component;

/**
 * Erases an account from matching (the kit calls it for each tombstone on profiles.accounts; the mentee half also runs
 * for a tombstone on profiles.mentees). Every step is idempotent, so a redelivered tombstone, or a retry after a crash
 * half-way, finishes the job and changes nothing more. Matching owns no compacted topic, so there are no tombstones to
 * announce.
 *
 * <p>As a mentee: every pairing of theirs is deleted after giving its mentor's slot back (waiting mentees on that
 * mentor's path then try the freed slot), as are their forum recommendations and their read-model document (which
 * also holds their waiting state).
 *
 * <p>As a mentor: their read-model document goes first (so no proposal picks them any more), then every pairing
 * addressed to them is deleted, and their id is pulled from every other pairing's {@code declinedMentorIds} and from
 * every mentee's flagged conflicts. A mentee
 * whose PROPOSED or ACCEPTED pairing was with them is not left stranded: before the pairing is deleted they are
 * marked waiting and the pairing's round is noted on them (so it is never filled again), then they are proposed the
 * next round's best mentor, as after a decline (a crash in between leaves them waiting, and the periodic sweep of
 * waiting mentees proposes them). The same runs for their other pairings with the mentor; it proposes nothing to a
 * mentee who has an open pairing with someone else or is not seeking. They get no separate notice that the mentor left, only the
 * new proposal's.
 */
@Component
public class MatchingErasure implements AccountErasure {

    private final Pairings pairings;
    private final MenteeReadModel mentees;
    private final MentorReadModel mentors;
    private final ForumRecommendations recommendations;
    private final Proposer proposer;

    public MatchingErasure(Pairings pairings, MenteeReadModel mentees, MentorReadModel mentors, ForumRecommendations recommendations,
            Proposer proposer) {
        this.pairings = pairings;
        this.mentees = mentees;
        this.mentors = mentors;
        this.recommendations = recommendations;
        this.proposer = proposer;
    }

    @Override
    public void erase(String accountId) {
        eraseMentee(accountId);
        eraseMentor(accountId);
    }

    /** The mentee is gone: forget them, and give back the slots they held (waiting mentees may take them). */
    public void eraseMentee(String menteeId) {
        mentees.delete(menteeId); // first, so that no new proposal starts for them
        Set<String> freed = new LinkedHashSet<>();
        for (Pairing pairing : pairings.ofMentee(menteeId)) {
            mentors.release(pairing.mentorId(), pairing.id());
            freed.add(pairing.mentorId());
        }
        pairings.deleteOfMentee(menteeId);
        recommendations.deleteOfMentee(menteeId);
        for (String mentorId : freed) {
            mentors.find(mentorId).ifPresent(proposer::retryWaitingFor);
        }
    }

    /** The mentor is gone: forget them, and propose their open mentees someone else. */
    public void eraseMentor(String mentorId) {
        mentors.delete(mentorId); // first, so that no proposal picks them any more
        for (Pairing pairing : pairings.ofMentor(mentorId)) {
            // noted before the delete: a crash in between leaves the mentee waiting (the sweep proposes them) and the
            // round is never filled again
            mentees.markSeeking(pairing.menteeId());
            mentees.noteErasedRound(pairing.menteeId(), pairing.round());
            pairings.delete(pairing.id());
            // proposes only if the mentee has no open pairing left and is seeking: so also after a decline by this mentor
            // that was not re-matched yet (its pairing, which re-matching starts from, is gone now)
            proposer.proposeNextRound(pairing.menteeId());
        }
        pairings.forgetDeclinedMentor(mentorId);
        mentees.forgetConflictsWith(mentorId);
    }
}
