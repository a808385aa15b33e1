package org.rematch.directory.listing;

import java.time.Instant;
import java.util.List;
import org.rematch.directory.listing.domain.Journey;
import org.rematch.directory.listing.domain.MentorListing;
import org.rematch.kit.outbox.OutboxEvent;
import org.springframework.data.annotation.Id;

/** A listing as stored in {@code mentor_listings}; _id is the mentor id, the outbox holds snapshots not yet published. */
record MentorListingDocument(
        @Id String mentorId,
        long version,
        String displayName,
        String matchedSpecialty,
        String medicalSchoolCountry,
        int unmatchedCyclesBeforeMatch,
        int capacity,
        boolean accepting,
        Instant createdAt,
        Instant updatedAt,
        List<OutboxEvent> outbox) {

    static final String COLLECTION = "mentor_listings";

    static MentorListingDocument of(MentorListing listing, Instant createdAt, Instant updatedAt, List<OutboxEvent> outbox) {
        Journey journey = listing.journey();
        return new MentorListingDocument(listing.mentorId(), listing.version(), listing.displayName(),
                journey.matchedSpecialty(), journey.medicalSchoolCountry(), journey.unmatchedCyclesBeforeMatch(),
                journey.capacity(), journey.accepting(), createdAt, updatedAt, outbox);
    }

    MentorListing toListing() {
        return new MentorListing(mentorId, version, displayName, new Journey(matchedSpecialty, medicalSchoolCountry,
                unmatchedCyclesBeforeMatch, capacity, accepting));
    }
}
