package org.rematch.directory.listing.domain;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.rematch.contracts.mentees.VisaNeed;
import org.rematch.contracts.path.CurrentRole;
import org.rematch.contracts.path.ExamHistory;
import org.rematch.contracts.path.HelpTopic;
import org.rematch.contracts.path.Specialty;

/**
 * What a mentor lists: the road they walked to the match (specialty and year, school country, US-IMG or not, cycles
 * unmatched first, SOAP or not, the visa they trained on, graduation year and USMLE history if they tell them, what
 * helped, their role now and program type) and what they offer (topics, languages, time zone, bio, how many mentees at
 * once). Built only by {@link JourneyDraft#validate}, which checks every rule; {@code graduationYear}, {@code exams},
 * {@code programType} and {@code bio} may be null. {@code graduationYear} and {@code exams} are for matching to
 * compare paths with: the public listing does not show them.
 */
public record Journey(
        Specialty matchedSpecialty,
        int matchedYear,
        String medicalSchoolCountry,
        boolean usImg,
        int unmatchedCyclesBeforeMatch,
        boolean matchedViaSoap,
        VisaNeed visaPath,
        Integer graduationYear,
        ExamHistory exams,
        Set<WhatHelped> whatHelped,
        CurrentRole currentRole,
        ProgramType programType,
        Set<HelpTopic> topics,
        List<String> languages,
        String timeZone,
        String bio,
        int capacity) {

    public static final int EARLIEST_MATCH_YEAR = 1950;
    /** A decade before the earliest match year the directory takes. */
    public static final int EARLIEST_GRADUATION_YEAR = 1940;
    /** The USMLE's three-digit scale ends at 300. */
    public static final int MAX_STEP2CK_SCORE = 300;
    /** Step 1 and Step 2 CK together: the USMLE allowed six attempts at each Step before 2021 (four since). */
    public static final int MAX_USMLE_ATTEMPTS = 12;
    public static final int MAX_UNMATCHED_CYCLES = 10;
    public static final int MIN_CAPACITY = 1;
    public static final int MAX_CAPACITY = 10;
    public static final int MAX_LANGUAGES = 10;
    public static final int MAX_BIO = 1000;

    public Journey {
        Objects.requireNonNull(matchedSpecialty, "matchedSpecialty");
        Objects.requireNonNull(medicalSchoolCountry, "medicalSchoolCountry");
        Objects.requireNonNull(visaPath, "visaPath");
        Objects.requireNonNull(currentRole, "currentRole");
        Objects.requireNonNull(timeZone, "timeZone");
        whatHelped = Collections.unmodifiableSet(whatHelped == null || whatHelped.isEmpty()
                ? EnumSet.noneOf(WhatHelped.class) : EnumSet.copyOf(whatHelped));
        topics = Collections.unmodifiableSet(topics == null || topics.isEmpty()
                ? EnumSet.noneOf(HelpTopic.class) : EnumSet.copyOf(topics));
        languages = languages == null ? List.of() : List.copyOf(languages);
    }

    /** True when the mentor now works outside residency and practice (PA/NP, public health, industry, research). */
    public boolean alternativeCareer() {
        return currentRole.alternativeCareer();
    }
}
