package org.rematch.directory.listing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import net.jqwik.engine.SourceOfRandomness;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.rematch.contracts.mentees.VisaNeed;
import org.rematch.contracts.path.CurrentRole;
import org.rematch.contracts.path.HelpTopic;
import org.rematch.contracts.path.Specialty;
import org.rematch.directory.Listings;
import org.rematch.directory.listing.domain.Codes;
import org.rematch.directory.listing.domain.ProgramType;
import org.rematch.directory.listing.domain.WhatHelped;
import org.rematch.testsupport.RematchServiceTest;
import org.rematch.testsupport.ServiceTestBase;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Random invalid listing payloads (a valid body broken by one to three mutations, or no listing at all) get a 400
 * application/problem+json and create nothing, never a 5xx. jqwik arbitraries sampled with a fixed seed, so a failure
 * is reproducible by its case number.
 */
@RematchServiceTest
class InvalidListingPropertyTest extends ServiceTestBase {

    private static final long SEED = 20261125L;
    private static final int POSTS = 300;
    private static final int PUTS = 100;

    private static final List<String> REQUIRED = List.of("matchedSpecialty", "matchedYear", "medicalSchoolCountry", "usImg",
            "unmatchedCyclesBeforeMatch", "matchedViaSoap", "visaPath", "currentRole", "programType", "topics", "languages",
            "timeZone", "capacity");
    private static final Map<String, Set<String>> VOCABULARIES = Map.of(
            "matchedSpecialty", names(Specialty.values()), "visaPath", names(VisaNeed.values()),
            "currentRole", names(CurrentRole.values()), "programType", names(ProgramType.values()));
    private static final Map<String, Set<String>> LIST_VOCABULARIES = Map.of(
            "topics", names(HelpTopic.values()), "whatHelped", names(WhatHelped.values()));

    /** A named change that makes a valid body invalid. */
    record Mutation(String description, Consumer<Map<String, Object>> apply) {
    }

    private static Set<String> names(Enum<?>[] values) {
        return Set.copyOf(Arrays.stream(values).map(Enum::name).toList());
    }

    private static Arbitrary<String> junk() {
        return Arbitraries.oneOf(Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(12),
                Arbitraries.strings().all().ofMaxLength(20), Arbitraries.of("", " ", "null", "\u0000", "'; drop", "${x}", "{{7*7}}"));
    }

    /** A value of a JSON type no field accepts as its own: objects, arrays of objects, non-numeric text. */
    private static Arbitrary<Object> wrongType() {
        return Arbitraries.oneOf(
                Arbitraries.just(Map.of("nested", 1)),
                Arbitraries.just(List.of(Map.of("a", "b"))),
                Arbitraries.strings().alpha().ofMinLength(2).ofMaxLength(8).filter(s -> !Set.of("true", "false", "null").contains(s))
                        .map(s -> (Object) ("x" + s)));
    }

    private static Arbitrary<Mutation> mutations() {
        Arbitrary<Mutation> missing = Arbitraries.of(REQUIRED).map(field -> new Mutation("without " + field, body -> body.remove(field)));
        Arbitrary<Mutation> wrongTypes = Combinators.combine(Arbitraries.of(List.of("matchedYear", "usImg",
                "unmatchedCyclesBeforeMatch", "matchedViaSoap", "capacity", "topics", "languages", "visaPath", "currentRole",
                "graduationYear", "exams")), wrongType())
                .as((field, value) -> new Mutation(field + " = " + value, body -> body.put(field, value)));
        Arbitrary<Mutation> outsideVocabulary = Combinators.combine(Arbitraries.of(List.copyOf(VOCABULARIES.keySet())), junk())
                .as((field, value) -> new Mutation(field + " = '" + value + "'", body -> {
                    if (!VOCABULARIES.get(field).contains(value)) {
                        body.put(field, value);
                    } else {
                        body.remove(field);
                    }
                }));
        Arbitrary<Mutation> outsideListVocabulary = Combinators.combine(Arbitraries.of(List.copyOf(LIST_VOCABULARIES.keySet())), junk())
                .as((field, value) -> new Mutation(field + " ∋ '" + value + "'",
                        body -> body.put(field, LIST_VOCABULARIES.get(field).contains(value) ? "not-a-list" : List.of(value))));
        Arbitrary<Mutation> outOfRange = Arbitraries.oneOf(
                Arbitraries.integers().filter(i -> i < 0 || i > 10).map(i -> new Mutation("cycles " + i, b -> b.put("unmatchedCyclesBeforeMatch", i))),
                Arbitraries.integers().filter(i -> i < 1 || i > 10).map(i -> new Mutation("capacity " + i, b -> b.put("capacity", i))),
                Arbitraries.integers().filter(i -> i < 1950 || i > LocalDate.now().getYear() + 1)
                        .map(i -> new Mutation("year " + i, b -> b.put("matchedYear", i))),
                Arbitraries.longs().greaterOrEqual(Integer.MAX_VALUE + 1L).map(l -> new Mutation("capacity " + l, b -> b.put("capacity", l))),
                Arbitraries.just(new Mutation("capacity 2.5e300", b -> b.put("capacity", 2.5e300))));
        Arbitrary<Mutation> badPathToMatch = Arbitraries.oneOf(
                // the minimal body matched in 2024: graduating later is as wrong as graduating before 1940
                Arbitraries.integers().filter(i -> i < 1940 || i > 2024)
                        .map(i -> new Mutation("graduated " + i, b -> b.put("graduationYear", i))),
                Arbitraries.integers().filter(i -> i < 1 || i > 300)
                        .map(i -> new Mutation("Step 2 CK " + i, b -> b.put("exams", Listings.exams(i, 2)))),
                Arbitraries.integers().filter(i -> i < 1 || i > 12)
                        .map(i -> new Mutation("USMLE attempts " + i, b -> b.put("exams", Listings.exams(240, i)))),
                Arbitraries.integers().between(1, 300)
                        .map(i -> new Mutation("Step 2 CK " + i + " without attempts", b -> b.put("exams", Listings.exams(i, null)))),
                Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(10).map(name -> new Mutation("unknown exams field x_" + name,
                        b -> b.put("exams", Map.of("usmleAttempts", 2, "x_" + name, 1)))));
        Arbitrary<Mutation> badCodes = Arbitraries.oneOf(
                junk().filter(s -> !Codes.isCountry(s)).map(s -> new Mutation("country '" + s + "'", b -> b.put("medicalSchoolCountry", s))),
                junk().filter(s -> !Codes.isTimeZone(s)).map(s -> new Mutation("zone '" + s + "'", b -> b.put("timeZone", s))),
                junk().filter(s -> !Codes.isLanguage(s)).map(s -> new Mutation("language '" + s + "'", b -> b.put("languages", List.of("en", s)))),
                Arbitraries.just(new Mutation("no languages", b -> b.put("languages", List.of()))),
                Arbitraries.just(new Mutation("no topics", b -> b.put("topics", List.of()))),
                Arbitraries.just(new Mutation("repeated language", b -> b.put("languages", List.of("en", "en")))),
                Arbitraries.just(new Mutation("null topic", b -> b.put("topics", Arrays.asList("EXAMS", null)))));
        Arbitrary<Mutation> rules = Arbitraries.oneOf(
                Arbitraries.integers().between(1001, 5000).map(n -> new Mutation("bio of " + n, b -> b.put("bio", "x".repeat(n)))),
                Arbitraries.integers().between(0, 5000).map(days -> new Mutation("paused until " + days + " days ago",
                        b -> b.put("pausedUntil", Listings.todayUtc().minusDays(days).toString()))),
                Arbitraries.just(new Mutation("accepting and paused", b -> {
                    b.put("accepting", true);
                    b.put("pausedUntil", Listings.todayUtc().plusDays(5).toString());
                })),
                Arbitraries.just(new Mutation("US-IMG on a J-1", b -> {
                    b.put("usImg", true);
                    b.put("visaPath", "J1");
                })),
                junk().map(s -> new Mutation("pausedUntil '" + s + "'", b -> b.put("pausedUntil", "d" + s))));
        Arbitrary<Mutation> unknownField = Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(10)
                .map(name -> new Mutation("unknown field x_" + name, b -> b.put("x_" + name, name)));
        return Arbitraries.oneOf(missing, wrongTypes, outsideVocabulary, outsideListVocabulary, outOfRange, badPathToMatch,
                badCodes, rules, unknownField);
    }

    /** A payload: a broken listing, or something that is not a listing at all. */
    private static Arbitrary<Map.Entry<String, String>> payloads() {
        Arbitrary<Map.Entry<String, String>> broken = mutations().list().ofMinSize(1).ofMaxSize(3).map(applied -> {
            Map<String, Object> body = new LinkedHashMap<>(Listings.minimalMap());
            applied.forEach(mutation -> mutation.apply().accept(body));
            return Map.entry(applied.stream().map(Mutation::description).toList().toString(), Listings.json(body));
        });
        Arbitrary<Map.Entry<String, String>> notAListing = Arbitraries.oneOf(
                junk().map(s -> Map.entry("raw '" + s + "'", s)),
                Arbitraries.integers().between(1, Listings.minimal().length() - 1)
                        .map(n -> Map.entry("truncated at " + n, Listings.minimal().substring(0, n))),
                Arbitraries.of("[]", "null", "42", "\"listing\"", "{}", "[{}]", "{\"matchedSpecialty\":{}}")
                        .map(s -> Map.entry("json " + s, s)));
        return Arbitraries.frequencyOf(Tuple.of(6, broken), Tuple.of(1, notAListing));
    }

    /** {@code count} payloads from {@code seed} (jqwik samples from the thread's source of randomness). */
    private static List<Map.Entry<String, String>> sample(int count, long seed) {
        SourceOfRandomness.create(Long.toString(seed));
        return payloads().sampleStream().limit(count).toList();
    }

    private static void assertProblem400(ResponseEntity<String> response, String description) {
        assertThat(response.getStatusCode().value()).as("%s answered %s", description, response.getBody()).isEqualTo(400);
        assertThat(response.getHeaders().getContentType()).as(description).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @TestFactory
    Stream<DynamicTest> invalidListingsAreAlways400ProblemsAndCreateNothing() {
        List<Map.Entry<String, String>> posts = sample(POSTS, SEED);
        assertThat(sample(POSTS, SEED)).as("the same seed, the same cases").isEqualTo(posts);
        List<Map.Entry<String, String>> puts = sample(PUTS, SEED + 1);
        String owner = UUID.randomUUID().toString();
        Stream<DynamicTest> postTests = IntStream.range(0, posts.size()).mapToObj(i -> DynamicTest.dynamicTest(
                "POST #" + i + " " + posts.get(i).getKey(), () -> {
                    String mentorId = UUID.randomUUID().toString();
                    assertProblem400(http().post("/api/mentors", Listings.mentor(mentorId), posts.get(i).getValue()), posts.get(i).getKey());
                    assertThat(http().get("/api/mentors/me", Listings.mentor(mentorId)).getStatusCode().value()).isEqualTo(404);
                }));
        Stream<DynamicTest> putTests = IntStream.range(0, puts.size()).mapToObj(i -> DynamicTest.dynamicTest(
                "PUT #" + i + " " + puts.get(i).getKey(), () -> {
                    if (http().get("/api/mentors/me", Listings.mentor(owner)).getStatusCode().value() == 404) {
                        assertThat(http().post("/api/mentors", Listings.mentor(owner), Listings.minimal()).getStatusCode().value())
                                .isEqualTo(201);
                    }
                    assertProblem400(Listings.withIfMatch(port, HttpMethod.PUT, "/api/mentors/me", Listings.mentor(owner), "\"1\"",
                            puts.get(i).getValue()), puts.get(i).getKey());
                }));
        Stream<DynamicTest> unchanged = Stream.of(DynamicTest.dynamicTest("the PUT target is still version 1", () ->
                assertThat(org.rematch.testsupport.Http.json(http().get("/api/mentors/me", Listings.mentor(owner)))
                        .get("version").asLong()).isEqualTo(1)));
        return Stream.of(postTests, putTests, unchanged).flatMap(s -> s);
    }
}
