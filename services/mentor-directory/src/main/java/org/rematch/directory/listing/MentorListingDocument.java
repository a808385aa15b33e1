package org.rematch.directory.listing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.rematch.directory.listing.domain.Availability;
import org.rematch.directory.listing.domain.Inactivity;
import org.rematch.directory.listing.domain.Journey;
import org.rematch.directory.listing.domain.ListingSearch;
import org.rematch.directory.listing.domain.MentorListing;
import org.rematch.kit.outbox.OutboxEvent;
import org.springframework.data.annotation.Id;

/**
 * A listing as stored in {@code mentor_listings}; _id is the mentor id, the outbox holds snapshots not yet published.
 * The journey is stored as the domain value, a nested document (queries say {@code journey.<field>}), so its fields
 * are declared once. Availability stays flat because {@code pausedUntil} is kept as an ISO date string (yyyy-MM-dd):
 * a LocalDate would be stored as an instant in the server's time zone, and the pause sweep compares it as a date.
 * {@code inactive} is set while matching has the mentor marked inactive for unanswered proposals.
 */
record MentorListingDocument(
        @Id String mentorId,
        long version,
        String displayName,
        Journey journey,
        boolean accepting,
        String pausedUntil,
        Inactivity inactive,
        Instant createdAt,
        Instant updatedAt,
        List<OutboxEvent> outbox) {

    static final String COLLECTION = "mentor_listings";

    /** The path of a journey field inside the stored document, for queries, indexes and updates. */
    static String journeyField(String field) {
        return "journey." + field;
    }

    static MentorListingDocument of(MentorListing listing, Instant createdAt, Instant updatedAt, List<OutboxEvent> outbox) {
        Availability a = listing.availability();
        return new MentorListingDocument(listing.mentorId(), listing.version(), listing.displayName(), listing.journey(),
                a.accepting(), stored(a.pausedUntil()), a.inactive(), createdAt, updatedAt, outbox);
    }

    /** How {@code pausedUntil} is stored: the ISO date, or null when not paused. */
    static String stored(LocalDate pausedUntil) {
        return pausedUntil == null ? null : pausedUntil.toString();
    }

    MentorListing toListing() {
        Availability availability = pausedUntil == null ? new Availability(accepting, null, inactive)
                : Availability.pausedUntil(LocalDate.parse(pausedUntil));
        return new MentorListing(mentorId, version, displayName, journey, availability);
    }

    ListingSearch.Listed listed() {
        return new ListingSearch.Listed(toListing(), createdAt);
    }
}
