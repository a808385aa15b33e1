package org.rematch.directory.listing.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.rematch.contracts.mentees.VisaNeed;
import org.rematch.contracts.path.HelpTopic;
import org.rematch.contracts.path.Specialty;

/**
 * A directory search (GET /api/mentors). Each list filter takes one or more values (repeated or comma-separated,
 * any case) and keeps listings that have ANY of them; different filters must ALL hold. {@code alternativeCareer} and
 * {@code hasCapacity} are true/false (absent: either). {@code hasCapacity=true} keeps listings accepting today
 * (accepting, or a pause that has ended); the directory does not know matching's reservations, so a listing may
 * count as having capacity while matching has filled it.
 *
 * <p>Sort {@code relevance} (default): accepting first, then the most requested topics and languages the listing
 * offers, then the newest listing, then mentor id. Sort {@code newest}: newest listing first, then mentor id. Sort
 * {@code match} (a mentee's): the listings matching suggests to the mentee, best match score first, then the rest in
 * relevance order.
 * Pages count from 0; size 1–{@value #MAX_SIZE} (default {@value #DEFAULT_SIZE}).
 */
public record ListingSearch(
        Set<Specialty> specialties,
        Set<String> countries,
        Set<HelpTopic> topics,
        Set<String> languages,
        Set<VisaNeed> visaPaths,
        Optional<Boolean> alternativeCareer,
        Optional<Boolean> hasCapacity,
        Sort sort,
        int page,
        int size) {

    public static final int MAX_SIZE = 50;
    public static final int DEFAULT_SIZE = 20;

    public enum Sort { RELEVANCE, NEWEST, MATCH }

    /** A listing with the moment it was first listed, which "newest" orders by. */
    public record Listed(MentorListing listing, Instant listedAt) {
    }

    /** One page of the ordered results and how many there are in all. */
    public record Page<T>(List<T> items, int page, int size, long total) {

        public int totalPages() {
            return (int) ((total + size - 1) / size);
        }
    }

    public ListingSearch {
        specialties = Set.copyOf(specialties);
        countries = Set.copyOf(countries);
        topics = Set.copyOf(topics);
        languages = Set.copyOf(languages);
        visaPaths = Set.copyOf(visaPaths);
    }

    /** Parses the raw query parameters (null when absent); an {@link InvalidInput} names every bad parameter. */
    public static ListingSearch parse(List<String> specialty, List<String> country, List<String> topic, List<String> language,
            List<String> visaPath, String alternativeCareer, String hasCapacity, String sort, String page, String size) {
        Violations v = new Violations();
        Set<Specialty> specialties = enums(v, "specialty", specialty, Specialty.class);
        Set<String> countries = codes(v, "country", country, code -> code.toUpperCase(Locale.ROOT), Codes::isCountry,
                "must be ISO 3166-1 alpha-2 country codes, e.g. PK");
        Set<HelpTopic> topics = enums(v, "topic", topic, HelpTopic.class);
        Set<String> languages = codes(v, "language", language, code -> code.toLowerCase(Locale.ROOT), Codes::isLanguage,
                "must be ISO 639-1 language codes, e.g. ur");
        Set<VisaNeed> visaPaths = enums(v, "visaPath", visaPath, VisaNeed.class);
        Optional<Boolean> alternative = bool(v, "alternativeCareer", alternativeCareer);
        Optional<Boolean> capacity = bool(v, "hasCapacity", hasCapacity);
        Sort order = Sort.RELEVANCE;
        if (present(sort)) {
            Set<Sort> sorts = enums(v, "sort", List.of(sort), Sort.class);
            order = sorts.size() == 1 ? sorts.iterator().next() : order;
            v.check(sorts.size() <= 1, "sort", "takes one value");
        }
        int pageNumber = number(v, "page", page, 0, 0, Integer.MAX_VALUE / MAX_SIZE);
        int pageSize = number(v, "size", size, DEFAULT_SIZE, 1, MAX_SIZE);
        v.throwIfAny();
        return new ListingSearch(specialties, countries, topics, languages, visaPaths, alternative, capacity, order,
                pageNumber, pageSize);
    }

    /** True when the listing is found by this search on {@code today}. */
    public boolean matches(MentorListing listing, LocalDate today) {
        Journey journey = listing.journey();
        return anyOf(specialties, Set.of(journey.matchedSpecialty()))
                && anyOf(countries, Set.of(journey.medicalSchoolCountry()))
                && anyOf(topics, journey.topics())
                && anyOf(languages, Set.copyOf(journey.languages()))
                && anyOf(visaPaths, Set.of(journey.visaPath()))
                && alternativeCareer.map(wanted -> wanted == journey.alternativeCareer()).orElse(true)
                && hasCapacity.map(wanted -> wanted == listing.availability().acceptingOn(today)).orElse(true);
    }

    /** How many of the requested topics and languages the listing offers. */
    public int relevance(MentorListing listing) {
        Journey journey = listing.journey();
        return (int) (topics.stream().filter(journey.topics()::contains).count()
                + languages.stream().filter(journey.languages()::contains).count());
    }

    /** The same search sorted another way. */
    public ListingSearch sortedBy(Sort other) {
        return new ListingSearch(specialties, countries, topics, languages, visaPaths, alternativeCareer, hasCapacity, other, page, size);
    }

    /**
     * The order of results on {@code today} for this search's sort.
     *
     * @param matchScores the calling mentee's match score per mentor id (sort {@code match}; ignored by the others)
     */
    public Comparator<Listed> order(LocalDate today, Map<String, Double> matchScores) {
        Comparator<Listed> newest = Comparator.comparing(Listed::listedAt, Comparator.reverseOrder());
        Comparator<Listed> byId = Comparator.comparing(listed -> listed.listing().mentorId());
        if (sort == Sort.NEWEST) {
            return newest.thenComparing(byId);
        }
        Comparator<Listed> acceptingFirst = Comparator.comparing(listed -> !listed.listing().availability().acceptingOn(today));
        Comparator<Listed> mostRelevant = Comparator.comparing(listed -> -relevance(listed.listing()));
        Comparator<Listed> relevance = acceptingFirst.thenComparing(mostRelevant).thenComparing(newest).thenComparing(byId);
        if (sort == Sort.MATCH) {
            Comparator<Listed> bestMatch = Comparator.comparing(listed -> -matchScores.getOrDefault(listed.listing().mentorId(), -1.0));
            return bestMatch.thenComparing(relevance);
        }
        return relevance;
    }

    /** Filters, orders and pages {@code candidates} (which may hold more than the search matches). */
    public Page<Listed> run(Collection<Listed> candidates, LocalDate today) {
        return run(candidates, today, Map.of());
    }

    /** Like {@link #run(Collection, LocalDate)}, with the calling mentee's match scores for sort {@code match}. */
    public Page<Listed> run(Collection<Listed> candidates, LocalDate today, Map<String, Double> matchScores) {
        List<Listed> found = candidates.stream().filter(listed -> matches(listed.listing(), today))
                .sorted(order(today, matchScores)).toList();
        long from = Math.min((long) page * size, found.size());
        long to = Math.min(from + size, found.size());
        return new Page<>(found.subList((int) from, (int) to), page, size, found.size());
    }

    private static <T> boolean anyOf(Set<T> wanted, Set<T> has) {
        return wanted.isEmpty() || wanted.stream().anyMatch(has::contains);
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    /** The comma-separated, trimmed, non-empty values of a repeatable parameter. */
    private static List<String> values(List<String> raw) {
        if (raw == null) {
            return List.of();
        }
        return raw.stream().filter(value -> value != null)
                .flatMap(value -> Arrays.stream(value.split(",")))
                .map(String::strip).filter(value -> !value.isEmpty()).toList();
    }

    private static <E extends Enum<E>> Set<E> enums(Violations v, String parameter, List<String> raw, Class<E> type) {
        Set<E> result = new LinkedHashSet<>();
        List<String> unknown = values(raw).stream().filter(value -> {
            try {
                result.add(Enum.valueOf(type, value.toUpperCase(Locale.ROOT)));
                return false;
            } catch (IllegalArgumentException notAConstant) {
                return true;
            }
        }).toList();
        v.check(unknown.isEmpty(), parameter, "must be one of " + Arrays.stream(type.getEnumConstants()).map(Enum::name)
                .collect(Collectors.joining(", ")));
        return result;
    }

    private static Set<String> codes(Violations v, String parameter, List<String> raw, Function<String, String> normal,
            Predicate<String> valid, String message) {
        Set<String> result = new LinkedHashSet<>();
        boolean allValid = true;
        for (String value : values(raw)) {
            String code = normal.apply(value);
            allValid &= valid.test(code);
            result.add(code);
        }
        v.check(allValid, parameter, message);
        return result;
    }

    private static Optional<Boolean> bool(Violations v, String parameter, String raw) {
        if (!present(raw)) {
            return Optional.empty();
        }
        String value = raw.strip().toLowerCase(Locale.ROOT);
        if (v.check(value.equals("true") || value.equals("false"), parameter, "must be true or false")) {
            return Optional.of(Boolean.parseBoolean(value));
        }
        return Optional.empty();
    }

    private static int number(Violations v, String parameter, String raw, int ifAbsent, int min, int max) {
        if (!present(raw)) {
            return ifAbsent;
        }
        try {
            int value = Integer.parseInt(raw.strip());
            if (v.check(value >= min && value <= max, parameter, "must be between " + min + " and " + max)) {
                return value;
            }
        } catch (NumberFormatException notANumber) {
            v.add(parameter, "must be a whole number between " + min + " and " + max);
        }
        return ifAbsent;
    }
}
