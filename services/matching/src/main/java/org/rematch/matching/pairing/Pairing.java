package org.rematch.matching.pairing;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.rematch.contracts.pairings.PairingOrigin;
import org.rematch.contracts.pairings.WithdrawalReason;
import org.rematch.kit.outbox.OutboxEvent;
import org.rematch.matching.scoring.MatchReason;

/**
 * A proposal of one mentor to one mentee and what became of it (collection {@code pairings}). The id is derived
 * from the mentee and the round, so proposing the same round twice (a redelivery, a crash, a race) hits the same _id.
 *
 * @param reasons              every reason, each with the path field it stems from (a mentor is shown only some)
 * @param round                1 for the first proposal to the mentee, +1 after each decline
 * @param declinedMentorIds    the mentors proposed to this mentee in earlier rounds (who declined); never proposed again
 * @param mentorDisplayName    from the mentor read model at proposal time
 * @param origin               MATCHING for matching's own proposals, MENTEE_REQUEST when the mentee asked this mentor
 *                             (null in documents from before requests existed: read as MATCHING)
 * @param menteeMessage        what the mentee wrote to the mentor when asking directly (at most 500 characters), else null
 * @param respondBy            when the proposal expires if the mentor has not answered (null in documents from before
 *                             proposals expired: those never expire)
 * @param expiredAt            when it expired unanswered, else null
 * @param remindAt             when the mentor is reminded if they have not answered (half way to respondBy)
 * @param remindedAt           when the reminder was sent, else null
 * @param withdrawnAt          when matching withdrew the unanswered proposal (the mentor's listing changed), else null
 * @param withdrawalReason     why it was withdrawn, else null
 * @param endedAt              when one side ended the accepted mentorship, else null
 * @param endedBy              MENTEE or MENTOR, who ended it, else null
 * @param endFeedback          what the ender wrote about the mentorship (at most 1,000 characters; theirs and matching's only)
 * @param endRating            how the ender rated it, 1 to 5, or null
 * @param outbox               events waiting for the relay, written with the state change they tell
 */
public record Pairing(
        String id,
        String menteeId,
        String mentorId,
        String menteeDisplayName,
        String mentorDisplayName,
        PairingState state,
        double score,
        List<MatchReason> reasons,
        int round,
        List<String> declinedMentorIds,
        Instant proposedAt,
        Instant acceptedAt,
        Instant declinedAt,
        String declineReason,
        Instant respondBy,
        Instant expiredAt,
        Instant remindAt,
        Instant remindedAt,
        Instant withdrawnAt,
        WithdrawalReason withdrawalReason,
        Instant endedAt,
        String endedBy,
        String endFeedback,
        Integer endRating,
        PairingOrigin origin,
        String menteeMessage,
        List<OutboxEvent> outbox) {

    public static final String COLLECTION = "pairings";

    public Pairing {
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
        declinedMentorIds = declinedMentorIds == null ? List.of() : List.copyOf(declinedMentorIds);
        outbox = outbox == null ? List.of() : List.copyOf(outbox);
        origin = origin == null ? PairingOrigin.MATCHING : origin;
    }

    /** The deterministic id of the mentee's pairing in {@code round}. */
    public static String idFor(String menteeId, int round) {
        return UUID.nameUUIDFromBytes((menteeId + ":" + round).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
