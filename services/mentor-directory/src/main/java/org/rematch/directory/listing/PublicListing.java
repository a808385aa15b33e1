package org.rematch.directory.listing;

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
 * What any signed-in user sees of a listing: the journey and offer the mentor published, availability as of today;
 * never the version, timestamps or outbox.
 */
public record PublicListing(
        String mentorId,
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
        LocalDate pausedUntil) {

    static PublicListing of(MentorListing listing, LocalDate today) {
        Journey j = listing.journey();
        Availability a = listing.availability().asOf(today);
        return new PublicListing(listing.mentorId(), listing.displayName(), j.matchedSpecialty(), j.matchedYear(),
                j.medicalSchoolCountry(), j.usImg(), j.unmatchedCyclesBeforeMatch(), j.matchedViaSoap(), j.visaPath(),
                j.whatHelped(), j.currentRole(), j.alternativeCareer(), j.programType(), j.topics(), j.languages(),
                j.timeZone(), j.bio(), j.capacity(), a.accepting(), a.pausedUntil());
    }
}
