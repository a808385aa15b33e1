package org.rematch.directory.listing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.rematch.contracts.mentees.VisaNeed;
import org.rematch.contracts.path.HelpTopic;
import org.rematch.contracts.path.Specialty;
import org.rematch.directory.listing.domain.Availability;
import org.rematch.directory.listing.domain.CurrentRole;
import org.rematch.directory.listing.domain.Journey;
import org.rematch.directory.listing.domain.ListingSearch;
import org.rematch.directory.listing.domain.MentorListing;
import org.rematch.directory.listing.domain.ProgramType;
import org.rematch.directory.listing.domain.WhatHelped;
import org.rematch.kit.outbox.OutboxEvent;
import org.springframework.data.annotation.Id;

/**
 * A listing as stored in {@code mentor_listings}; _id is the mentor id, the outbox holds snapshots not yet published.
 * {@code pausedUntil} is kept as an ISO date string (yyyy-MM-dd) so it compares as a date in queries whatever the
 * server's time zone.
 */
record MentorListingDocument(
        @Id String mentorId,
        long version,
        String displayName,
        Specialty matchedSpecialty,
        int matchedYear,
        String medicalSchoolCountry,
        boolean usImg,
        int unmatchedCyclesBeforeMatch,
        boolean matchedViaSoap,
        VisaNeed visaPath,
        Set<WhatHelped> whatHelped,
        CurrentRole currentRole,
        ProgramType programType,
        Set<HelpTopic> topics,
        List<String> languages,
        String timeZone,
        String bio,
        int capacity,
        boolean accepting,
        String pausedUntil,
        Instant createdAt,
        Instant updatedAt,
        List<OutboxEvent> outbox) {

    static final String COLLECTION = "mentor_listings";

    static MentorListingDocument of(MentorListing listing, Instant createdAt, Instant updatedAt, List<OutboxEvent> outbox) {
        Journey j = listing.journey();
        Availability a = listing.availability();
        return new MentorListingDocument(listing.mentorId(), listing.version(), listing.displayName(),
                j.matchedSpecialty(), j.matchedYear(), j.medicalSchoolCountry(), j.usImg(), j.unmatchedCyclesBeforeMatch(),
                j.matchedViaSoap(), j.visaPath(), j.whatHelped(), j.currentRole(), j.programType(), j.topics(),
                j.languages(), j.timeZone(), j.bio(), j.capacity(), a.accepting(),
                a.pausedUntil() == null ? null : a.pausedUntil().toString(), createdAt, updatedAt, outbox);
    }

    MentorListing toListing() {
        Journey journey = new Journey(matchedSpecialty, matchedYear, medicalSchoolCountry, usImg, unmatchedCyclesBeforeMatch,
                matchedViaSoap, visaPath, whatHelped, currentRole, programType, topics, languages, timeZone, bio, capacity);
        Availability availability = pausedUntil == null ? new Availability(accepting, null)
                : Availability.pausedUntil(LocalDate.parse(pausedUntil));
        return new MentorListing(mentorId, version, displayName, journey, availability);
    }

    ListingSearch.Listed listed() {
        return new ListingSearch.Listed(toListing(), createdAt);
    }
}
