package org.rematch.directory.listing.domain;

import java.util.Locale;
import java.util.Optional;

/**
 * A directory search: by the specialty a mentor matched into and the country they studied in, each optional and
 * case-insensitive. Codes are normalised to the stored upper-case form; anything that cannot be a code is refused.
 */
public record ListingSearch(Optional<String> specialty, Optional<String> country) {

    public static ListingSearch of(String specialty, String country) {
        Optional<String> s = normalise(specialty);
        Optional<String> c = normalise(country);
        if (s.isPresent() && !Journey.isSpecialtyCode(s.get())) {
            throw new InvalidFilter("specialty", "must be a specialty code of 1 to 10 letters, e.g. IM");
        }
        if (c.isPresent() && !Journey.isCountryCode(c.get())) {
            throw new InvalidFilter("country", "must be an ISO alpha-2 country code, e.g. PK");
        }
        return new ListingSearch(s, c);
    }

    /** True when the listing would be found by this search. */
    public boolean matches(MentorListing listing) {
        return specialty.map(listing.journey().matchedSpecialty()::equals).orElse(true)
                && country.map(listing.journey().medicalSchoolCountry()::equals).orElse(true);
    }

    private static Optional<String> normalise(String code) {
        return Optional.ofNullable(code).map(String::strip).filter(value -> !value.isEmpty())
                .map(value -> value.toUpperCase(Locale.ROOT));
    }

    /** A search filter that cannot be a code; {@link #parameter()} names the query parameter. */
    public static final class InvalidFilter extends IllegalArgumentException {

        private final String parameter;

        InvalidFilter(String parameter, String message) {
            super("'" + parameter + "' " + message);
            this.parameter = parameter;
        }

        public String parameter() {
            return parameter;
        }
    }
}
