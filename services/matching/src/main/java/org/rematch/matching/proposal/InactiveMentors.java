package org.rematch.matching.proposal;

import java.time.Instant;
import java.util.Optional;
import org.rematch.contracts.Topics;
import org.rematch.contracts.mentors.MentorMarkedInactive;
import org.rematch.kit.outbox.EventOutbox;
import org.rematch.matching.pairing.ResponseDeadline;
import org.rematch.matching.policy.Responsiveness;
import org.rematch.matching.readmodel.MentorReadModel;
import org.rematch.matching.readmodel.MentorView;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * A mentor who lets {@code rematch.matching.inactive-after-expiries} proposals in a row (2 unless configured) expire
 * unanswered is marked inactive: matching stops proposing to them and tells the directory with MentorMarkedInactive on
 * matching.mentors, where the mentor sees why and can reactivate. Answering any proposal (accept or decline) starts the
 * count again. {@link Responsiveness} judges; this class records and writes the mark.
 */
@Component
public class InactiveMentors {

    /** Concurrent judgements of one mentor that can lose the conditional write before one gives up (each re-reads). */
    private static final int ATTEMPTS = 5;

    private final MentorReadModel mentors;
    private final EventOutbox outbox;
    private final ResponseDeadline deadline;
    private final int threshold;

    public InactiveMentors(MentorReadModel mentors, EventOutbox outbox, ResponseDeadline deadline,
            @Value("${rematch.matching.inactive-after-expiries:2}") int threshold) {
        this.mentors = mentors;
        this.outbox = outbox;
        this.deadline = deadline;
        this.threshold = threshold;
    }

    public void answered(String mentorId, Instant answeredAt) {
        mentors.recordAnswer(mentorId, answeredAt);
    }

    /** Records the expiry and marks the mentor inactive if it makes {@code threshold} in a row. */
    public void expired(String mentorId, String pairingId, Instant expiredAt) {
        mentors.recordExpiry(mentorId, pairingId, expiredAt);
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Optional<MentorView> mentor = mentors.find(mentorId);
            Optional<Responsiveness.Marking> marking = mentor.flatMap(found -> found.responsiveness().marking(threshold));
            if (marking.isEmpty()) {
                return;
            }
            MentorMarkedInactive event = new MentorMarkedInactive(mentorId, marking.get().unansweredInARow(),
                    deadline.respondWithin(), marking.get().markedAt());
            if (mentors.markInactive(mentorId, mentor.get().inactiveMarkedAt(), marking.get().markedAt(),
                    outbox.event(Topics.MENTOR_ACTIVITY, mentorId, event))) {
                return;
            }
        }
        throw new IllegalStateException("Could not judge mentor " + mentorId + " against concurrent changes; the event is retried");
    }
}
