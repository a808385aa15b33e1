package org.rematch.profiles.core;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.rematch.contracts.mentees.VisaNeed;

/**
 * The path a mentee describes: the specialty they aim for, where they studied, when they graduated, how often they
 * applied to the Match and whether they need a visa. {@link #problems(int)} holds every rule in one place.
 */
public record MenteePath(String targetSpecialty, String medicalSchoolCountry, Integer graduationYear,
        Integer matchAttempts, VisaNeed visaNeed) {

    public static final int EARLIEST_GRADUATION_YEAR = 1970;
    public static final int MAX_MATCH_ATTEMPTS = 10;
    private static final Pattern SPECIALTY = Pattern.compile("[A-Z]{1,10}");
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    /** Each field that breaks a rule, with what is wrong; empty when the path is valid in {@code currentYear}. */
    public Map<String, String> problems(int currentYear) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (targetSpecialty == null || targetSpecialty.isBlank()) {
            problems.put("targetSpecialty", "must not be blank");
        } else if (!SPECIALTY.matcher(targetSpecialty).matches()) {
            problems.put("targetSpecialty", "must be a short specialty code of 1 to 10 uppercase letters, e.g. IM");
        }
        if (medicalSchoolCountry == null || medicalSchoolCountry.isBlank()) {
            problems.put("medicalSchoolCountry", "must not be blank");
        } else if (!COUNTRIES.contains(medicalSchoolCountry)) {
            problems.put("medicalSchoolCountry", "must be an ISO 3166 alpha-2 country code in uppercase, e.g. PK");
        }
        if (graduationYear == null) {
            problems.put("graduationYear", "must not be null");
        } else if (graduationYear < EARLIEST_GRADUATION_YEAR || graduationYear > currentYear) {
            problems.put("graduationYear", "must be between " + EARLIEST_GRADUATION_YEAR + " and " + currentYear);
        }
        if (matchAttempts == null) {
            problems.put("matchAttempts", "must not be null");
        } else if (matchAttempts < 0 || matchAttempts > MAX_MATCH_ATTEMPTS) {
            problems.put("matchAttempts", "must be between 0 and " + MAX_MATCH_ATTEMPTS);
        }
        if (visaNeed == null) {
            problems.put("visaNeed", "must be one of NONE, J1, H1B");
        }
        return problems;
    }
}
