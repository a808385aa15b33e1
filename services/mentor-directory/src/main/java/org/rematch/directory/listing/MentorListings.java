package org.rematch.directory.listing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.rematch.contracts.Topics;
import org.rematch.contracts.mentors.MentorListingSnapshot;
import org.rematch.contracts.path.CurrentRole;
import org.rematch.directory.listing.domain.Availability;
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
                .createIndex(new Index().on(MentorListingDocument.journeyField("matchedSpecialty"), Sort.Direction.ASC)
                        .on(MentorListingDocument.journeyField("medicalSchoolCountry"), Sort.Direction.ASC));
        mongo.indexOps(MentorListingDocument.COLLECTION)
                .createIndex(new Index().on("accepting", Sort.Direction.ASC).on("pausedUntil", Sort.Direction.ASC));
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
        Availability a = revised.availability();
        Query sameVersion = Query.query(Criteria.where("_id").is(revised.mentorId()).and("version").is(revised.version() - 1));
        Update update = new Update()
                .set("version", revised.version())
                .set("displayName", revised.displayName())
                .set("journey", revised.journey())
                .set("accepting", a.accepting())
                .set("pausedUntil", MentorListingDocument.stored(a.pausedUntil()))
                .set("inactive", a.inactive())
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

    /**
     * The candidates for a search: narrowed in the database by the plain field filters, so the result holds at least
     * every listing the search matches (the search itself then decides, orders and pages; see ListingSearch).
     */
    List<ListingSearch.Listed> candidates(ListingSearch search) {
        Criteria criteria = new Criteria();
        if (!search.specialties().isEmpty()) {
            criteria.and(MentorListingDocument.journeyField("matchedSpecialty")).in(search.specialties());
        }
        if (!search.countries().isEmpty()) {
            criteria.and(MentorListingDocument.journeyField("medicalSchoolCountry")).in(search.countries());
        }
        if (!search.topics().isEmpty()) {
            criteria.and(MentorListingDocument.journeyField("topics")).in(search.topics());
        }
        if (!search.languages().isEmpty()) {
            criteria.and(MentorListingDocument.journeyField("languages")).in(search.languages());
        }
        if (!search.visaPaths().isEmpty()) {
            criteria.and(MentorListingDocument.journeyField("visaPath")).in(search.visaPaths());
        }
        search.alternativeCareer().ifPresent(alternative -> criteria.and(MentorListingDocument.journeyField("currentRole")).in(
                java.util.Arrays.stream(CurrentRole.values()).filter(role -> role.alternativeCareer() == alternative).toList()));
        Query query = Query.query(criteria);
        query.fields().exclude(OutboxEvent.FIELD);
        return mongo.find(query, MentorListingDocument.class, MentorListingDocument.COLLECTION).stream()
                .map(MentorListingDocument::listed).toList();
    }

    /** Listings whose pause has ended by {@code today} but are still stored as paused (at most {@code limit}). */
    List<MentorListingDocument> pausesEndedBy(LocalDate today, int limit) {
        Query query = Query.query(Criteria.where("accepting").is(false).and("pausedUntil").lte(today.toString())).limit(limit);
        return mongo.find(query, MentorListingDocument.class, MentorListingDocument.COLLECTION);
    }

    private OutboxEvent snapshotEvent(MentorListing listing) {
        return outbox.event(Topics.MENTORS, listing.mentorId(), snapshotOf(listing));
    }

    /**
     * What matching needs of a listing, graduation year and exams included (matching compares them with a mentee's;
     * nobody else sees them); what helped, program type and bio stay in the directory.
     */
    static MentorListingSnapshot snapshotOf(MentorListing listing) {
        Journey j = listing.journey();
        Availability a = listing.availability();
        return new MentorListingSnapshot(listing.mentorId(), listing.version(), listing.displayName(),
                j.matchedSpecialty(), j.matchedYear(), j.medicalSchoolCountry(), j.usImg(), j.unmatchedCyclesBeforeMatch(),
                j.matchedViaSoap(), j.visaPath(), j.graduationYear(), j.exams(), j.currentRole(), j.topics(), j.languages(),
                j.timeZone(), j.capacity(), a.accepting(), a.pausedUntil());
    }
}
