package org.rematch.matching.conflict;

import java.time.Instant;
import java.util.List;
import org.rematch.contracts.pairings.WithdrawalReason;
import org.rematch.matching.pairing.PairingService;
import org.rematch.matching.pairing.PairingState;
import org.rematch.matching.pairing.Pairings;
import org.rematch.matching.readmodel.MenteeReadModel;
import org.rematch.matching.readmodel.MenteeView;
import org.rematch.matching.readmodel.MentorReadModel;
import org.rematch.matching.readmodel.MentorView;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;

/**
 * A mentee flags a conflict of interest with a mentor (they know each other, or the mentor works where the mentee
 * applies, and so may rank them): from then on matching never proposes or suggests that mentor to them, and a
 * proposal to that mentor still waiting for an answer is withdrawn, so the mentee gets the next mentor. A mentorship
 * already accepted is the mentee's to end. The flag is the mentee's private business: the mentor is never told why a
 * proposal was withdrawn, and sees no flag in their data.
 */
@Service
public class ConflictsOfInterest {

    /** A flagged mentor as the mentee sees the flag; {@code displayName} is null once the mentor left the directory. */
    public record Flag(String mentorId, String displayName, Instant flaggedAt) {
    }

    private final MenteeReadModel mentees;
    private final MentorReadModel mentors;
    private final Pairings pairings;
    private final PairingService pairingService;

    public ConflictsOfInterest(MenteeReadModel mentees, MentorReadModel mentors, Pairings pairings, PairingService pairingService) {
        this.mentees = mentees;
        this.mentors = mentors;
        this.pairings = pairings;
        this.pairingService = pairingService;
    }

    public List<Flag> of(String menteeId) {
        return mentee(menteeId).conflicts().stream()
                .map(conflict -> new Flag(conflict.mentorId(), mentors.find(conflict.mentorId()).map(MentorView::displayName).orElse(null),
                        conflict.flaggedAt()))
                .toList();
    }

    /** @throws ResponseStatusException 404 for a mentor matching does not know, 409 without a mentee profile */
    public void flag(String menteeId, String mentorId) {
        mentee(menteeId);
        if (mentors.find(mentorId).isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no mentor " + mentorId);
        }
        mentees.flagConflict(menteeId, mentorId);
        pairings.ofMentee(menteeId).stream()
                .filter(pairing -> pairing.state() == PairingState.PROPOSED && mentorId.equals(pairing.mentorId()))
                // false when the mentor answered a moment before: an accepted mentorship stays the mentee's to end
                .forEach(proposal -> pairingService.withdraw(proposal, WithdrawalReason.CONFLICT_OF_INTEREST));
    }

    public void remove(String menteeId, String mentorId) {
        mentee(menteeId);
        mentees.removeConflict(menteeId, mentorId);
    }

    private MenteeView mentee(String menteeId) {
        return mentees.find(menteeId).orElseThrow(() -> new ResponseStatusException(HttpStatus.CONFLICT,
                "Matching has no mentee profile of yours yet: create it with POST /api/mentees (it reaches matching within seconds)"));
    }
}
