package org.rematch.directory.listing;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.rematch.contracts.Topics;
import org.rematch.contracts.mentors.MentorMarkedInactive;
import org.rematch.kit.messaging.ProcessedEvents;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Marks a listing inactive when matching says its mentor stopped answering proposals (matching.mentors). */
@Component
class MentorActivityListener {

    private final ProcessedEvents processedEvents;
    private final MentorListingService listings;

    MentorActivityListener(ProcessedEvents processedEvents, MentorListingService listings) {
        this.processedEvents = processedEvents;
        this.listings = listings;
    }

    @KafkaListener(topics = Topics.MENTOR_ACTIVITY)
    void on(ConsumerRecord<String, Object> record) {
        if (record.value() instanceof MentorMarkedInactive marked) {
            processedEvents.once("directory.inactivity", record, () -> listings.markInactive(marked));
        }
    }
}
