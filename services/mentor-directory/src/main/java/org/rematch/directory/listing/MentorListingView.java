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
import org.rematch.directory.listing.domain.MentorListing;
import org.rematch.directory.listing.domain.ProgramType;
import org.rematch.directory.listing.domain.WhatHelped;

/**
 * The mentor's own view of their listing (GET /api/mentors/me, and the data export): every field, the version (also the
 * ETag) and timestamps. Availability is as of today: a pause whose end date has come shows as accepting.
 */
public record MentorListingView(
        String mentorId,
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
        boolean alternativeCareer,
        ProgramType programType,
        Set<HelpTopic> topics,
        List<String> languages,
        String timeZone,
        String bio,
        int capacity,
        boolean accepting,
        LocalDate pausedUntil,
        Instant createdAt,
        Instant updatedAt) {

    static MentorListingView of(MentorListingDocument document, LocalDate today) {
        MentorListing listing = document.toListing();
        Journey j = listing.journey();
        Availability a = listing.availability().asOf(today);
        return new MentorListingView(listing.mentorId(), listing.version(), listing.displayName(), j.matchedSpecialty(),
                j.matchedYear(), j.medicalSchoolCountry(), j.usImg(), j.unmatchedCyclesBeforeMatch(), j.matchedViaSoap(),
                j.visaPath(), j.whatHelped(), j.currentRole(), j.alternativeCareer(), j.programType(), j.topics(),
                j.languages(), j.timeZone(), j.bio(), j.capacity(), a.accepting(), a.pausedUntil(), document.createdAt(),
                document.updatedAt());
    }
}
