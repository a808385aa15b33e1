package org.rematch.directory.listing;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.rematch.contracts.Topics;
import org.rematch.contracts.mentors.MentorListingSnapshot;
import org.rematch.directory.listing.domain.Journey;
import org.rematch.directory.listing.domain.ListingSearch;
import org.rematch.directory.listing.domain.MentorListing;
import org.rematch.kit.outbox.EventOutbox;
import org.rematch.kit.outbox.OutboxEvent;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The {@code mentor_listings} collection. Every write of a listing carries its snapshot in the document's outbox,
 * in the same single-document insert or update, so the relay can never lose it.
 */
@Component
class MentorListings {

    private final MongoTemplate mongo;
    private final EventOutbox outbox;

    MentorListings(MongoTemplate mongo, EventOutbox outbox) {
        this.mongo = mongo;
        this.outbox = outbox;
        mongo.indexOps(MentorListingDocument.COLLECTION)
                .createIndex(new Index().on("matchedSpecialty", Sort.Direction.ASC).on("medicalSchoolCountry", Sort.Direction.ASC));
    }

    /** Inserts the first version; a second listing of the same mentor is a DuplicateKeyException. */
    MentorListingDocument insert(MentorListing listing, Instant now) {
        MentorListingDocument document = MentorListingDocument.of(listing, now, now, List.of(snapshotEvent(listing)));
        return mongo.insert(document, MentorListingDocument.COLLECTION);
    }

    /**
     * Writes {@code revised} only if the stored version is still the one it was revised from (optimistic check), with
     * its snapshot pushed to the outbox in the same update. Returns false when someone else changed it meanwhile.
     */
    boolean replace(MentorListing revised, Instant now) {
        Journey journey = revised.journey();
        Query sameVersion = Query.query(Criteria.where("_id").is(revised.mentorId()).and("version").is(revised.version() - 1));
        Update update = new Update()
                .set("version", revised.version())
                .set("displayName", revised.displayName())
                .set("matchedSpecialty", journey.matchedSpecialty())
                .set("medicalSchoolCountry", journey.medicalSchoolCountry())
                .set("unmatchedCyclesBeforeMatch", journey.unmatchedCyclesBeforeMatch())
                .set("capacity", journey.capacity())
                .set("accepting", journey.accepting())
                .set("updatedAt", now)
                .push(OutboxEvent.FIELD, snapshotEvent(revised));
        return mongo.updateFirst(sameVersion, update, MentorListingDocument.class, MentorListingDocument.COLLECTION)
                .getModifiedCount() == 1;
    }

    Optional<MentorListingDocument> find(String mentorId) {
        return Optional.ofNullable(mongo.findById(mentorId, MentorListingDocument.class, MentorListingDocument.COLLECTION));
    }

    /** Removes the listing, outbox and all; true if there was one. */
    boolean delete(String mentorId) {
        return mongo.remove(Query.query(Criteria.where("_id").is(mentorId)), MentorListingDocument.COLLECTION)
                .getDeletedCount() > 0;
    }

    /** The tombstone that tells directory.mentors readers the listing is gone. */
    OutboxEvent tombstone(String mentorId) {
        return outbox.tombstone(Topics.MENTORS, mentorId, MentorListingSnapshot.class);
    }

    List<MentorListingDocument> search(ListingSearch search) {
        Criteria criteria = new Criteria();
        search.specialty().ifPresent(specialty -> criteria.and("matchedSpecialty").is(specialty));
        search.country().ifPresent(country -> criteria.and("medicalSchoolCountry").is(country));
        Query query = Query.query(criteria).with(Sort.by("displayName", "_id"));
        return mongo.find(query, MentorListingDocument.class, MentorListingDocument.COLLECTION);
    }

    private OutboxEvent snapshotEvent(MentorListing listing) {
        return outbox.event(Topics.MENTORS, listing.mentorId(), snapshotOf(listing));
    }

    static MentorListingSnapshot snapshotOf(MentorListing listing) {
        Journey journey = listing.journey();
        return new MentorListingSnapshot(listing.mentorId(), listing.version(), listing.displayName(),
                journey.matchedSpecialty(), journey.medicalSchoolCountry(), journey.unmatchedCyclesBeforeMatch(),
                journey.capacity(), journey.accepting());
    }
}
