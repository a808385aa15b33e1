package org.rematch.directory.listing.domain;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.rematch.contracts.mentees.VisaNeed;
import org.rematch.contracts.path.CurrentRole;
import org.rematch.contracts.path.HelpTopic;
import org.rematch.contracts.path.Specialty;

/**
 * A journey as a mentor sent it, any field possibly missing. {@link #validate} names every rule it breaks at once.
 *
 * <p>Rules: specialty, year, country, usImg, cycles, SOAP, visa path, role, topics, languages, time zone and capacity
 * are required; the year lies between {@value Journey#EARLIEST_MATCH_YEAR} and this year; the country is a real ISO
 * 3166-1 alpha-2 code and the languages real ISO 639-1 codes (1 to {@value Journey#MAX_LANGUAGES}, no repeats);
 * the time zone is an IANA id; cycles 0–{@value Journey#MAX_UNMATCHED_CYCLES}; capacity
 * {@value Journey#MIN_CAPACITY}–{@value Journey#MAX_CAPACITY}; bio at most {@value Journey#MAX_BIO} characters.
 * Optional: the graduation year, from {@value Journey#EARLIEST_GRADUATION_YEAR}; exams, whose {@code usmleAttempts}
 * (1–{@value Journey#MAX_USMLE_ATTEMPTS}) is then required and {@code step2ckScore} optional
 * (1–{@value Journey#MAX_STEP2CK_SCORE}); a violation inside exams names its path, e.g. {@code exams.usmleAttempts}.
 * Across fields: a graduate of a US school is not an IMG; a US-IMG (a US citizen) trained without a visa; a mentor
 * in a clinical role (resident, fellow, attending) names their program type; one graduates before one matches.
 */
public record JourneyDraft(
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
        Integer capacity) {

    /** The valid journey, or an {@link InvalidInput} naming every violation; {@code today} bounds the year. */
    public Journey validate(LocalDate today) {
        Violations v = new Violations();
        v.required(matchedSpecialty, "matchedSpecialty");
        if (v.required(matchedYear, "matchedYear")) {
            v.check(matchedYear >= Journey.EARLIEST_MATCH_YEAR, "matchedYear", "must be " + Journey.EARLIEST_MATCH_YEAR + " or later");
            v.check(matchedYear <= today.getYear(), "matchedYear", "must not be in the future");
        }
        if (v.required(medicalSchoolCountry, "medicalSchoolCountry")) {
            v.check(Codes.isCountry(medicalSchoolCountry), "medicalSchoolCountry",
                    "must be an ISO 3166-1 alpha-2 country code in upper case, e.g. PK");
        }
        v.required(usImg, "usImg");
        if (v.required(unmatchedCyclesBeforeMatch, "unmatchedCyclesBeforeMatch")) {
            v.check(unmatchedCyclesBeforeMatch >= 0 && unmatchedCyclesBeforeMatch <= Journey.MAX_UNMATCHED_CYCLES,
                    "unmatchedCyclesBeforeMatch", "must be between 0 and " + Journey.MAX_UNMATCHED_CYCLES);
        }
        v.required(matchedViaSoap, "matchedViaSoap");
        v.required(visaPath, "visaPath");
        checkGraduationYear(v);
        checkExams(v);
        if (whatHelped != null) {
            v.check(whatHelped.stream().noneMatch(Objects::isNull), "whatHelped", "must not contain null");
        }
        v.required(currentRole, "currentRole");
        if (v.required(topics, "topics")) {
            v.check(!topics.isEmpty(), "topics", "must name at least one topic");
            v.check(topics.stream().noneMatch(Objects::isNull), "topics", "must not contain null");
        }
        checkLanguages(v);
        if (v.required(timeZone, "timeZone")) {
            v.check(Codes.isTimeZone(timeZone), "timeZone", "must be an IANA time zone id, e.g. America/Chicago");
        }
        String strippedBio = bio == null || bio.isBlank() ? null : bio.strip();
        v.check(strippedBio == null || strippedBio.length() <= Journey.MAX_BIO, "bio",
                "must be at most " + Journey.MAX_BIO + " characters");
        if (v.required(capacity, "capacity")) {
            v.check(capacity >= Journey.MIN_CAPACITY && capacity <= Journey.MAX_CAPACITY, "capacity",
                    "must be between " + Journey.MIN_CAPACITY + " and " + Journey.MAX_CAPACITY);
        }
        if (Boolean.TRUE.equals(usImg)) {
            v.check(!"US".equals(medicalSchoolCountry), "usImg", "must be false for a graduate of a US medical school");
            v.check(visaPath == null || visaPath == VisaNeed.NONE, "visaPath", "must be NONE for a US-IMG (a US citizen)");
        }
        if (currentRole != null && !currentRole.alternativeCareer()) {
            v.check(programType != null, "programType", "is required for a resident, fellow or attending");
        }
        v.throwIfAny();
        return new Journey(matchedSpecialty, matchedYear, medicalSchoolCountry, usImg, unmatchedCyclesBeforeMatch,
                matchedViaSoap, visaPath, graduationYear, exams == null ? null : exams.history(), whatHelped, currentRole,
                programType, topics, languages, timeZone, strippedBio, capacity);
    }

    private void checkGraduationYear(Violations v) {
        if (graduationYear == null) {
            return;
        }
        v.check(graduationYear >= Journey.EARLIEST_GRADUATION_YEAR, "graduationYear",
                "must be " + Journey.EARLIEST_GRADUATION_YEAR + " or later");
        v.check(matchedYear == null || graduationYear <= matchedYear, "graduationYear",
                "must not be after matchedYear (one graduates from medical school before matching)");
    }

    private void checkExams(Violations v) {
        if (exams == null) {
            return;
        }
        Integer score = exams.step2ckScore();
        v.check(score == null || score >= 1 && score <= Journey.MAX_STEP2CK_SCORE, "exams.step2ckScore",
                "must be between 1 and " + Journey.MAX_STEP2CK_SCORE + ", or left out when not told");
        Integer attempts = exams.usmleAttempts();
        if (v.required(attempts, "exams.usmleAttempts")) {
            v.check(attempts >= 1 && attempts <= Journey.MAX_USMLE_ATTEMPTS, "exams.usmleAttempts",
                    "must be between 1 and " + Journey.MAX_USMLE_ATTEMPTS + " (Step 1 and Step 2 CK together)");
        }
    }

    private void checkLanguages(Violations v) {
        if (!v.required(languages, "languages")) {
            return;
        }
        v.check(!languages.isEmpty() && languages.size() <= Journey.MAX_LANGUAGES, "languages",
                "must name 1 to " + Journey.MAX_LANGUAGES + " languages");
        v.check(languages.stream().allMatch(Codes::isLanguage), "languages",
                "must be ISO 639-1 codes in lower case, e.g. en, ur");
        v.check(new HashSet<>(languages).size() == languages.size() || languages.stream().anyMatch(Objects::isNull),
                "languages", "must not repeat a language");
    }
}
