package org.rematch.directory.listing.domain;

import java.util.regex.Pattern;

/**
 * What a mentor offers: the road they walked (specialty they matched into, where they studied, how many cycles they
 * went unmatched first) and how many mentees they can take.
 */
public record Journey(String matchedSpecialty, String medicalSchoolCountry, int unmatchedCyclesBeforeMatch, int capacity,
        boolean accepting) {

    /** A specialty short code such as IM, FM, PEDS. */
    public static final String SPECIALTY_CODE = "^[A-Z]{1,10}$";
    /** An ISO 3166-1 alpha-2 country code such as PK, IN, NG. */
    public static final String COUNTRY_CODE = "^[A-Z]{2}$";
    public static final int MAX_UNMATCHED_CYCLES = 10;
    public static final int MIN_CAPACITY = 1;
    public static final int MAX_CAPACITY = 20;

    private static final Pattern SPECIALTY = Pattern.compile(SPECIALTY_CODE);
    private static final Pattern COUNTRY = Pattern.compile(COUNTRY_CODE);

    public Journey {
        require(matchedSpecialty != null && SPECIALTY.matcher(matchedSpecialty).matches(),
                "matchedSpecialty must be 1 to 10 uppercase letters");
        require(medicalSchoolCountry != null && COUNTRY.matcher(medicalSchoolCountry).matches(),
                "medicalSchoolCountry must be an ISO alpha-2 code (two uppercase letters)");
        require(unmatchedCyclesBeforeMatch >= 0 && unmatchedCyclesBeforeMatch <= MAX_UNMATCHED_CYCLES,
                "unmatchedCyclesBeforeMatch must be between 0 and " + MAX_UNMATCHED_CYCLES);
        require(capacity >= MIN_CAPACITY && capacity <= MAX_CAPACITY,
                "capacity must be between " + MIN_CAPACITY + " and " + MAX_CAPACITY);
    }

    static boolean isSpecialtyCode(String code) {
        return SPECIALTY.matcher(code).matches();
    }

    static boolean isCountryCode(String code) {
        return COUNTRY.matcher(code).matches();
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
