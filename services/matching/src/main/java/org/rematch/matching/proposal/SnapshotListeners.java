package org.rematch.matching.proposal;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.rematch.contracts.Topics;
import org.rematch.contracts.forums.ForumSnapshot;
import org.rematch.contracts.mentees.MenteeChange;
import org.rematch.contracts.mentees.MenteeSnapshot;
import org.rematch.contracts.mentors.MentorListingSnapshot;
import org.rematch.kit.messaging.ProcessedEvents;
import org.rematch.matching.readmodel.ForumReadModel;
import org.rematch.matching.readmodel.MenteeReadModel;
import org.rematch.matching.readmodel.MentorReadModel;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the read models from the three compacted snapshot topics (newer versions only; a tombstone erases) and
 * starts what a snapshot calls for: a registered mentee gets a proposal (or, in a surge, a place in the next batch) and
 * forum recommendations; a mentor who
 * paused, closed or cut their capacity has the proposals that no longer fit withdrawn; a mentor with a free slot lets
 * waiting mentees try again.
 */
@Component
public class SnapshotListeners {

    private final ProcessedEvents processedEvents;
    private final MenteeReadModel mentees;
    private final MentorReadModel mentors;
    private final ForumReadModel forums;
    private final MatchingErasure erasure;
    private final Proposer proposer;
    private final ForumRecommendations recommendations;
    private final ListingChanges listingChanges;
    private final SurgeMode surge;

    public SnapshotListeners(ProcessedEvents processedEvents, MenteeReadModel mentees, MentorReadModel mentors,
            ForumReadModel forums, MatchingErasure erasure, Proposer proposer, ForumRecommendations recommendations,
            ListingChanges listingChanges, SurgeMode surge) {
        this.processedEvents = processedEvents;
        this.mentees = mentees;
        this.mentors = mentors;
        this.forums = forums;
        this.erasure = erasure;
        this.proposer = proposer;
        this.recommendations = recommendations;
        this.listingChanges = listingChanges;
        this.surge = surge;
    }

    @KafkaListener(topics = Topics.MENTEES)
    void onMentee(ConsumerRecord<String, MenteeSnapshot> record) {
        processedEvents.once("matching.mentees", record, () -> {
            MenteeSnapshot snapshot = record.value();
            if (snapshot == null) {
                erasure.eraseMentee(record.key()); // the path profile is gone: matching forgets the mentee
                return;
            }
            mentees.apply(snapshot);
            if (snapshot.change() == MenteeChange.REGISTERED) {
                // decided on the stored mentee, so a replayed old registration proposes nothing new
                if (!surge.queueIfSurging(snapshot.menteeId())) {
                    proposer.propose(snapshot.menteeId(), 1);
                }
                recommendations.recommend(snapshot.menteeId(), snapshot.version());
            }
        });
    }

    @KafkaListener(topics = Topics.MENTORS)
    void onMentor(ConsumerRecord<String, MentorListingSnapshot> record) {
        processedEvents.once("matching.mentors", record, () -> {
            MentorListingSnapshot snapshot = record.value();
            if (snapshot == null) {
                mentors.delete(record.key());
                return;
            }
            mentors.apply(snapshot);
            mentors.find(snapshot.mentorId()).ifPresent(mentor -> {
                listingChanges.withdrawWhatNoLongerFits(mentor);
                proposer.retryWaitingFor(mentor);
            });
        });
    }

    @KafkaListener(topics = Topics.FORUMS)
    void onForum(ConsumerRecord<String, ForumSnapshot> record) {
        processedEvents.once("matching.forums", record, () -> {
            if (record.value() == null) {
                forums.delete(record.key());
            } else {
                forums.apply(record.value());
            }
        });
    }
}
