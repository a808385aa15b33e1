package org.rematch.directory.listing;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.rematch.contracts.mentees.VisaNeed;
import org.rematch.contracts.path.CurrentRole;
import org.rematch.contracts.path.HelpTopic;
import org.rematch.contracts.path.Specialty;
import org.rematch.directory.listing.domain.ExamsDraft;
import org.rematch.directory.listing.domain.JourneyDraft;
import org.rematch.directory.listing.domain.ProgramType;
import org.rematch.directory.listing.domain.WhatHelped;

/**
 * The listing a mentor creates (POST /api/mentors) or replaces (PUT /api/mentors/me). Every field is checked by the
 * domain ({@link JourneyDraft}), which names every violation at once; unknown fields and values outside a vocabulary
 * are refused while reading the JSON. {@code accepting}/{@code pausedUntil} are optional: a new listing accepts, a
 * replacement keeps the current availability. {@code graduationYear} and {@code exams} are optional too: the mentor's
 * to tell, for matching to compare paths with, and not shown in the public listing.
 */
public record ListingRequest(
        Specialty matchedSpecialty,
        Integer matchedYear,
        String medicalSchoolCountry,
        Boolean usImg,
        Integer unmatchedCyclesBeforeMatch,
        Boolean matchedViaSoap,
        VisaNeed visaPath,
        Integer graduationYear,
        ExamsDraft exams,
        Set<WhatHelped> whatHelped,
        CurrentRole currentRole,
        ProgramType programType,
        Set<HelpTopic> topics,
        List<String> languages,
        String timeZone,
        String bio,
        Integer capacity,
        Boolean accepting,
        LocalDate pausedUntil) {

    JourneyDraft journey() {
        return new JourneyDraft(matchedSpecialty, matchedYear, medicalSchoolCountry, usImg, unmatchedCyclesBeforeMatch,
                matchedViaSoap, visaPath, graduationYear, exams, whatHelped, currentRole, programType, topics, languages,
                timeZone, bio, capacity);
    }
}
