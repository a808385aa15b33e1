package org.rematch.matching.pairing;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.rematch.contracts.pairings.PairingOrigin;
import org.rematch.matching.readmodel.MenteeView;
import org.rematch.matching.scoring.Disclosure;
import org.rematch.matching.scoring.PathField;
import org.rematch.matching.scoring.ScoreComponent;

/**
 * A pairing as one of its two parties sees it; nobody else sees it at all.
 * <ul>
 *   <li>The mentee sees it in full (their whole path, every reason strongest first, the score and its
 *       {@code components}, the points each part of the comparison added), except that a mentee is never told
 *       which mentor declined them: a declined or expired pairing shows the mentee no mentor. The decline reason is for matching
 *       only and shown to nobody.</li>
 *   <li>The addressed mentor sees the mentee's display name and {@code menteePath} with the target specialties (in
 *       the mentee's order), country and
 *       graduation year, plus attempts, visa need and exam history only where the mentee shares them with mentors, and only the
 *       reasons, and the part of the score, that do not rest on a field the mentee keeps to themselves
 *       ({@link Disclosure}). The sharing is read at view time, so a mentee who stops sharing stops showing.</li>
 *   <li>Both see until when the mentor may answer ({@code respondBy}) and when an unanswered proposal expired.</li>
 *   <li>The mentee sees {@code progress}: where their search stands ("We are asking your 2nd choice of mentor").</li>
 *   <li>Who ended an accepted mentorship sees what they wrote about it ({@code yourFeedback}); the other side never does.</li>
 *   <li>Both see the {@code origin} (MATCHING, or MENTEE_REQUEST when the mentee asked this mentor) and the mentee's
 *       message to the mentor, if any.</li>
 * </ul>
 */
public record PairingView(
        String id,
        String menteeId,
        String mentorId,
        String menteeDisplayName,
        String mentorDisplayName,
        MenteePathView menteePath,
        PairingState state,
        double score,
        Map<ScoreComponent, Double> components,
        List<String> reasons,
        int round,
        Instant proposedAt,
        Instant acceptedAt,
        Instant declinedAt,
        Instant respondBy,
        Instant expiredAt,
        Instant endedAt,
        String endedBy,
        PairingOrigin origin,
        String menteeMessage,
        String progress,
        EndRequest yourFeedback) {

    /** Whether the account is one of the pairing's two parties: its mentee or the mentor it is addressed to. */
    static boolean isParty(Pairing pairing, String accountId) {
        return accountId != null && (accountId.equals(pairing.menteeId()) || accountId.equals(pairing.mentorId()));
    }

    /**
     * The pairing as {@code accountId} sees it, which must be one of its parties.
     *
     * @param mentee the mentee read model, if still there
     */
    static PairingView seenBy(Pairing pairing, String accountId, Optional<MenteeView> mentee) {
        if (accountId.equals(pairing.menteeId())) {
            return asMentee(pairing, mentee);
        }
        if (accountId.equals(pairing.mentorId())) {
            return asMentor(pairing, mentee);
        }
        throw new IllegalArgumentException("Not a party to pairing " + pairing.id());
    }

    private static PairingView asMentee(Pairing pairing, Optional<MenteeView> mentee) {
        Disclosure everything = Disclosure.full();
        boolean hideWhoDeclined = pairing.state().refused();
        return new PairingView(pairing.id(), pairing.menteeId(), hideWhoDeclined ? null : pairing.mentorId(),
                pairing.menteeDisplayName(), hideWhoDeclined ? null : pairing.mentorDisplayName(),
                mentee.map(view -> path(view, everything)).orElse(null), pairing.state(), pairing.score(),
                everything.components(pairing.reasons()), everything.reasonTexts(pairing.reasons()), pairing.round(), pairing.proposedAt(), pairing.acceptedAt(),
                pairing.declinedAt(), pairing.respondBy(), pairing.expiredAt(), pairing.endedAt(), pairing.endedBy(), pairing.origin(),
                pairing.menteeMessage(), Progress.of(pairing), feedbackOf(pairing, "MENTEE"));
    }

    private static PairingView asMentor(Pairing pairing, Optional<MenteeView> mentee) {
        // a mentee no longer in the read model shares nothing
        Disclosure disclosure = mentee.map(MenteeView::disclosureToMentors).orElseGet(() -> Disclosure.toMentor(Set.of()));
        return new PairingView(pairing.id(), pairing.menteeId(), pairing.mentorId(), pairing.menteeDisplayName(),
                pairing.mentorDisplayName(), mentee.map(view -> path(view, disclosure)).orElse(null), pairing.state(),
                disclosure.score(pairing.reasons()), disclosure.components(pairing.reasons()), disclosure.reasonTexts(pairing.reasons()),
                pairing.round(),
                pairing.proposedAt(), pairing.acceptedAt(), pairing.declinedAt(), pairing.respondBy(), pairing.expiredAt(),
                pairing.endedAt(), pairing.endedBy(), pairing.origin(), pairing.menteeMessage(), null, feedbackOf(pairing, "MENTOR"));
    }

    /** The feedback the pairing ended with, if {@code party} ended it. */
    private static EndRequest feedbackOf(Pairing pairing, String party) {
        return party.equals(pairing.endedBy()) ? new EndRequest(pairing.endFeedback(), pairing.endRating()) : null;
    }

    private static MenteePathView path(MenteeView mentee, Disclosure disclosure) {
        return new MenteePathView(mentee.targetSpecialties(), mentee.medicalSchoolCountry(), mentee.graduationYear(),
                disclosure.shows(PathField.MATCH_ATTEMPTS) ? mentee.matchAttempts() : null,
                disclosure.shows(PathField.VISA_NEED) ? mentee.visaNeed() : null,
                disclosure.shows(PathField.EXAM_HISTORY) ? mentee.exams() : null);
    }
}
