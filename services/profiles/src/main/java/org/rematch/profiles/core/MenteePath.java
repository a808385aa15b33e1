package org.rematch.profiles.core;

import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.rematch.contracts.mentees.ForumJoining;
import org.rematch.contracts.mentees.SensitiveField;
import org.rematch.contracts.mentees.VisaNeed;
import org.rematch.contracts.path.HelpTopic;
import org.rematch.contracts.path.NextYearGoal;
import org.rematch.contracts.path.Specialty;

/**
 * The path an unmatched IMG describes, in the field's terms: target specialties in order of preference, medical
 * school, citizenship, graduation, ECFMG and USMLE history, US clinical experience, research, past Match cycles, visa
 * need, next year's goal, languages, time zone, where in the US they would train, what help they want, which
 * sensitive fields proposed mentors may see, and whether forums matching recommends invite them or join them right
 * away ({@code forumJoining}). As sent it may be incomplete or wrong: {@link #problems(int)} names every broken rule by
 * field path, and {@link #withDefaults()} fills what may be left out (medicalSchoolName, ecfmgStatus, usmle,
 * usClinicalExperience, researchItems, soapTried, usRegionPreference, helpWanted, sharedWithMentors). An absent
 * {@code forumJoining} is {@link ForumJoining#INVITE} from the start: profiles stored before the choice existed lack
 * it, and read back through this constructor.
 */
public record MenteePath(
        List<Specialty> targetSpecialties,
        String medicalSchoolCountry,
        String medicalSchoolName,
        Boolean usCitizen,
        Integer graduationYear,
        EcfmgStatus ecfmgStatus,
        Usmle usmle,
        ClinicalExperience usClinicalExperience,
        Integer researchItems,
        Integer priorMatchCycles,
        Boolean soapTried,
        VisaNeed visaNeed,
        NextYearGoal goal,
        List<String> languages,
        String timeZone,
        Set<UsRegion> usRegionPreference,
        Set<HelpTopic> helpWanted,
        Set<SensitiveField> sharedWithMentors,
        ForumJoining forumJoining) {

    public static final int MAX_SPECIALTIES = 3;
    public static final int MAX_YEARS_SINCE_GRADUATION = 50;
    public static final int MAX_SCHOOL_NAME_LENGTH = 200;
    public static final int MAX_RESEARCH_ITEMS = 200;
    public static final int MAX_PRIOR_MATCH_CYCLES = 10;
    public static final int MAX_LANGUAGES = 10;
    /** Where a school does not make its graduates IMGs (the ECFMG's definition). */
    private static final Set<String> NOT_INTERNATIONAL = Set.of("US", "CA");
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    private static final Set<String> LANGUAGES = languageCodes();
    private static final Set<String> TIME_ZONES = Set.copyOf(ZoneId.getAvailableZoneIds());

    public MenteePath {
        usRegionPreference = Sorted.set(usRegionPreference);
        helpWanted = Sorted.set(helpWanted);
        sharedWithMentors = Sorted.set(sharedWithMentors);
        // defaulted here rather than in withDefaults(): a stored profile from before the choice has none either
        forumJoining = forumJoining == null ? ForumJoining.INVITE : forumJoining;
    }

    /** Each field path that breaks a rule, with what is wrong; empty when the path is valid in {@code currentYear}. */
    public Map<String, String> problems(int currentYear) {
        Problems problems = new Problems();
        specialties(problems);
        school(problems, currentYear);
        exams(problems);
        experience(problems);
        matchHistory(problems);
        preferences(problems);
        return problems.asMap();
    }

    /** The valid path with what was left out filled in: the form profiles stores, shows and publishes. */
    public MenteePath withDefaults() {
        return new MenteePath(List.copyOf(targetSpecialties), medicalSchoolCountry,
                medicalSchoolName == null ? null : medicalSchoolName.strip(), usCitizen, graduationYear,
                ecfmgStatus == null ? EcfmgStatus.NOT_STARTED : ecfmgStatus,
                usmle == null ? Usmle.NOTHING_TAKEN : usmle.withDefaults(),
                usClinicalExperience == null ? ClinicalExperience.NONE : usClinicalExperience.withDefaults(),
                researchItems == null ? 0 : researchItems, priorMatchCycles, Boolean.TRUE.equals(soapTried), visaNeed, goal,
                List.copyOf(languages), timeZone, orNone(usRegionPreference), orNone(helpWanted), orNone(sharedWithMentors),
                forumJoining);
    }

    private void specialties(Problems problems) {
        if (targetSpecialties == null || targetSpecialties.isEmpty() || targetSpecialties.size() > MAX_SPECIALTIES) {
            problems.add("targetSpecialties", "must list 1 to " + MAX_SPECIALTIES + " specialty codes, e.g. [\"IM\"]");
        } else if (problems.noNullIn("targetSpecialties", targetSpecialties, "must be a specialty code, e.g. IM")
                && Set.copyOf(targetSpecialties).size() < targetSpecialties.size()) {
            problems.add("targetSpecialties", "must not list a specialty twice");
        }
    }

    private void school(Problems problems, int currentYear) {
        if (medicalSchoolCountry == null || medicalSchoolCountry.isBlank()) {
            problems.add("medicalSchoolCountry", "must not be blank");
        } else if (!COUNTRIES.contains(medicalSchoolCountry)) {
            problems.add("medicalSchoolCountry", "must be an ISO 3166 alpha-2 country code in uppercase, e.g. PK");
        } else if (NOT_INTERNATIONAL.contains(medicalSchoolCountry)) {
            problems.add("medicalSchoolCountry", "must be outside the US and Canada: Rematch is for international medical graduates");
        }
        if (medicalSchoolName != null && (medicalSchoolName.isBlank() || medicalSchoolName.length() > MAX_SCHOOL_NAME_LENGTH
                || medicalSchoolName.chars().anyMatch(Character::isISOControl))) {
            problems.add("medicalSchoolName", "must be 1 to " + MAX_SCHOOL_NAME_LENGTH + " characters on one line, or absent");
        }
        if (usCitizen == null) {
            problems.add("usCitizen", "must be true or false");
        }
        problems.between("graduationYear", graduationYear, currentYear - MAX_YEARS_SINCE_GRADUATION, currentYear);
    }

    private void exams(Problems problems) {
        if (usmle != null) {
            usmle.check("usmle", problems);
        }
        if (ecfmgStatus == EcfmgStatus.CERTIFIED && (usmle == null || !usmle.stepOnePassedAndStepTwoTaken())) {
            problems.add("ecfmgStatus", "CERTIFIED requires usmle.step1 passed and usmle.step2ck taken");
        }
    }

    private void experience(Problems problems) {
        if (usClinicalExperience != null) {
            usClinicalExperience.check("usClinicalExperience", problems);
        }
        if (researchItems != null) {
            problems.between("researchItems", researchItems, 0, MAX_RESEARCH_ITEMS);
        }
    }

    private void matchHistory(Problems problems) {
        boolean cycles = problems.between("priorMatchCycles", priorMatchCycles, 0, MAX_PRIOR_MATCH_CYCLES);
        if (cycles && Boolean.TRUE.equals(soapTried) && priorMatchCycles == 0) {
            problems.add("soapTried", "requires at least one prior match cycle");
        }
        if (visaNeed == null) {
            problems.add("visaNeed", "must be one of NONE, J1, H1B");
        } else if (Boolean.TRUE.equals(usCitizen) && visaNeed != VisaNeed.NONE) {
            problems.add("visaNeed", "must be NONE for a US citizen");
        }
        if (goal == null) {
            problems.add("goal", "must be one of " + List.of(NextYearGoal.values()));
        }
    }

    private void preferences(Problems problems) {
        if (languages == null || languages.isEmpty() || languages.size() > MAX_LANGUAGES) {
            problems.add("languages", "must list 1 to " + MAX_LANGUAGES + " ISO 639-1 language codes, e.g. [\"en\"]");
        } else {
            for (int i = 0; i < languages.size(); i++) {
                if (languages.get(i) == null || !LANGUAGES.contains(languages.get(i))) {
                    problems.add("languages[" + i + "]", "must be an ISO 639-1 language code in lowercase, e.g. en");
                }
            }
            if (!problems.has("languages") && Set.copyOf(languages.stream().map(String::valueOf).toList()).size() < languages.size()) {
                problems.add("languages", "must not list a language twice");
            }
        }
        if (timeZone == null || !TIME_ZONES.contains(timeZone)) {
            problems.add("timeZone", "must be an IANA time zone id, e.g. Asia/Karachi");
        }
        problems.noNullIn("usRegionPreference", usRegionPreference);
        problems.noNullIn("helpWanted", helpWanted);
        problems.noNullIn("sharedWithMentors", sharedWithMentors);
    }

    private static <T> Set<T> orNone(Set<T> values) {
        return values == null ? Set.of() : values;
    }

    /** ISO 639-1 codes; Java still lists a few withdrawn ones (iw, in, ji), so their current codes are added. */
    private static Set<String> languageCodes() {
        Set<String> codes = new HashSet<>(List.of(Locale.getISOLanguages()));
        codes.addAll(List.of("he", "id", "yi"));
        return Set.copyOf(codes);
    }
}
