package org.rematch.matching.pairing;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.rematch.contracts.Topics;
import org.rematch.contracts.pairings.PairingOrigin;
import org.rematch.contracts.pairings.PairingProposed;
import org.rematch.contracts.pairings.ScorePart;
import org.rematch.kit.outbox.EventOutbox;
import org.rematch.matching.readmodel.MenteeView;
import org.rematch.matching.scoring.Disclosure;
import org.rematch.matching.scoring.ScoreComponent;
import org.rematch.matching.scoring.ScoredMentor;

/**
 * Builds a new PROPOSED pairing with its PairingProposed in its outbox, the same way for matching's own proposals and
 * for a mentee's request, so both are one insert and the mentor is told the same things.
 */
public final class Proposals {

    private Proposals() {
    }

    /** How many reasons a proposal tells the mentor: the strongest; the pairing itself shows them all. */
    static final int TOP_REASONS = 5;

    /**
     * The round's pairing of the mentee with the mentor. The event is what the addressed mentor is told (notifications
     * writes it into their inbox): only the reasons, and the part of the score, that reveal nothing the mentee keeps
     * from mentors; the pairing keeps every reason and the full score for the mentee.
     *
     * @param declinedMentorIds the mentors of the mentee's earlier rounds
     * @param deadline          when the mentor is reminded, and when the proposal expires if they have not answered
     * @param menteeMessage     the mentee's words to the mentor (MENTEE_REQUEST only), else null
     */
    public static Pairing proposed(EventOutbox outbox, MenteeView mentee, ScoredMentor mentor, int round, List<String> declinedMentorIds,
            Instant now, ResponseDeadline.Times deadline, PairingOrigin origin, String menteeMessage) {
        String pairingId = Pairing.idFor(mentee.id(), round);
        Disclosure toMentor = mentee.disclosureToMentors();
        PairingProposed event = new PairingProposed(pairingId, mentee.id(), mentor.mentorId(), mentee.displayName(),
                toMentor.score(mentor.reasons()), toMentor.reasonTexts(mentor.reasons()).stream().limit(TOP_REASONS).toList(),
                parts(toMentor.components(mentor.reasons())), round, now, origin, menteeMessage, deadline.respondBy());
        return new Pairing(pairingId, mentee.id(), mentor.mentorId(), mentee.displayName(), mentor.mentor().displayName(),
                PairingState.PROPOSED, mentor.score(), mentor.reasons(), round, declinedMentorIds, now, null, null, null, deadline.respondBy(), null,
                deadline.remindAt(), null, null, null, null, null, null, null, origin,
                menteeMessage, List.of(outbox.event(Topics.PAIRINGS, mentee.id(), event)));
    }

    private static List<ScorePart> parts(Map<ScoreComponent, Double> components) {
        return components.entrySet().stream().map(part -> new ScorePart(part.getKey().name(), part.getValue())).toList();
    }
}
