package org.rematch.profiles.mentee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rematch.profiles.ProfilesHttp.json;

import java.time.Year;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.engine.SourceOfRandomness;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.rematch.contracts.mentees.SensitiveField;
import org.rematch.contracts.path.HelpTopic;
import org.rematch.contracts.path.Specialty;
import org.rematch.profiles.MenteePaths;
import org.rematch.profiles.ProfilesHttp;
import org.rematch.profiles.ProfilesServiceTest;
import org.rematch.testsupport.RematchServiceTest;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Random invalid paths (jqwik generators, fixed seed) against the running service: every one gets a 4xx
 * application/problem+json, never a 5xx, and neither a new profile (POST) nor a change to an existing one (PUT with
 * the right If-Match) is stored.
 */
@RematchServiceTest
class InvalidMenteePathsTest extends ProfilesServiceTest {

    private static final long SEED = 20261125L;
    private static final int CASES = 300;
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final int THIS_YEAR = Year.now(ZoneOffset.UTC).getValue();
    private static final List<String> REQUIRED = List.of("targetSpecialties", "medicalSchoolCountry", "usCitizen",
            "graduationYear", "priorMatchCycles", "visaNeed", "goal", "languages", "timeZone");
    private static final List<String> INTEGERS = List.of("graduationYear", "priorMatchCycles", "researchItems",
            "usmle.step1.attempts", "usmle.step2ck.score", "usmle.step2ck.attempts", "usClinicalExperience.months");
    private static final List<String> BOOLEANS = List.of("usCitizen", "soapTried", "usmle.step3Passed");
    private static final List<String> ENUMS = List.of("visaNeed", "goal", "ecfmgStatus", "usmle.step1.outcome",
            "forumJoining");
    private static final List<String> LISTS = List.of("targetSpecialties", "languages", "usRegionPreference", "helpWanted",
            "sharedWithMentors", "usClinicalExperience.kinds");
    private static final List<String> OBJECTS = List.of("usmle", "usmle.step1", "usmle.step2ck", "usClinicalExperience");
    private static final List<String> CODES = List.of("medicalSchoolCountry", "timeZone");

    /** One change that makes any valid path invalid. */
    private record Mutation(String label, Consumer<ObjectNode> apply) {
        @Override
        public String toString() {
            return label;
        }
    }

    @TestFactory
    Stream<DynamicTest> randomInvalidPathsGetOnlyProblemsAndChangeNothing() {
        ProfilesHttp.Registered fresh = http().registerAndLogIn("Fresh", "MENTEE");
        ProfilesHttp.Registered settled = http().registerAndLogIn("Settled", "MENTEE");
        assertThat(http().post("/api/mentees", settled.bearer(), MenteePaths.FULL).getStatusCode().value()).isEqualTo(201);
        String stored = http().get("/api/mentees/me", settled.bearer()).getBody();

        List<String> bodies = sample(CASES);
        assertThat(sample(CASES)).as("the same seed, the same cases").isEqualTo(bodies);
        return java.util.stream.IntStream.range(0, bodies.size()).mapToObj(index -> {
            String body = bodies.get(index);
            return DynamicTest.dynamicTest("#" + index + " " + (body.length() > 100 ? body.substring(0, 100) + "…" : body), () -> {
                    assertProblem(http().post("/api/mentees", fresh.bearer(), body), body);
                    assertProblem(http().putIfMatch("/api/mentees/me", settled.bearer(), "\"1\"", body), body);
                    assertThat(http().get("/api/mentees/me", fresh.bearer()).getStatusCode().value()).isEqualTo(404);
                    assertThat(http().get("/api/mentees/me", settled.bearer()).getBody()).isEqualTo(stored);
                });
        });
    }

    /** {@code count} invalid bodies from the fixed seed (jqwik samples from the thread's source of randomness). */
    private static List<String> sample(int count) {
        SourceOfRandomness.create(Long.toString(SEED));
        return invalidBodies().sampleStream().limit(count).toList();
    }

    private static void assertProblem(ResponseEntity<String> response, String body) {
        assertThat(response.getStatusCode().is4xxClientError()).as("%s for %s: %s", response.getStatusCode(), body,
                response.getBody()).isTrue();
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(json(response.getBody()).get("status").asInt()).isEqualTo(response.getStatusCode().value());
    }

    private static Arbitrary<String> invalidBodies() {
        Arbitrary<String> mutated = Arbitraries.of(MenteePaths.FULL, MenteePaths.MINIMAL).flatMap(base ->
                mutations().list().ofMinSize(1).ofMaxSize(3).map(changes -> {
                    ObjectNode node = (ObjectNode) MenteePaths.tree(base);
                    changes.forEach(change -> change.apply().accept(node));
                    return node.toString();
                }));
        Arbitrary<String> truncated = Arbitraries.integers().between(0, MenteePaths.FULL.length() - 2)
                .map(length -> MenteePaths.FULL.substring(0, length));
        Arbitrary<String> garbage = Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(40),
                Arbitraries.of("null", "[]", "[{}]", "42", "\"path\"", "true", MenteePaths.FULL + "}", "{\"a\":"));
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(8, mutated), net.jqwik.api.Tuple.of(1, truncated),
                net.jqwik.api.Tuple.of(1, garbage));
    }

    @SuppressWarnings("unchecked")
    private static Arbitrary<Mutation> mutations() {
        return Arbitraries.oneOf(
                Arbitraries.of(REQUIRED).map(field -> new Mutation("no " + field, node -> node.remove(field))),
                Arbitraries.of(REQUIRED).map(field -> set(field, NODES.nullNode())),
                Arbitraries.of(INTEGERS).flatMap(field -> Arbitraries.oneOf(word().map(NODES::stringNode),
                        Arbitraries.doubles().between(-1e6, 1e6).filter(d -> d != Math.rint(d)).map(NODES::numberNode),
                        Arbitraries.of(NODES.objectNode(), NODES.arrayNode())).map(value -> set(field, value))),
                outOfRange("graduationYear", Arbitraries.oneOf(Arbitraries.integers().between(-100000, THIS_YEAR - 51),
                        Arbitraries.integers().between(THIS_YEAR + 1, 100000))),
                outOfRange("priorMatchCycles", Arbitraries.oneOf(Arbitraries.integers().lessOrEqual(-1),
                        Arbitraries.integers().between(11, Integer.MAX_VALUE))),
                outOfRange("researchItems", Arbitraries.oneOf(Arbitraries.integers().lessOrEqual(-1),
                        Arbitraries.integers().greaterOrEqual(201))),
                outOfRange("usmle.step2ck.score", Arbitraries.oneOf(Arbitraries.integers().lessOrEqual(0),
                        Arbitraries.integers().greaterOrEqual(301))),
                outOfRange("usmle.step1.attempts", Arbitraries.integers().greaterOrEqual(7)),
                outOfRange("usClinicalExperience.months", Arbitraries.oneOf(Arbitraries.integers().lessOrEqual(-1),
                        Arbitraries.integers().greaterOrEqual(121))),
                Arbitraries.of(BOOLEANS).flatMap(field -> Arbitraries.oneOf(
                        word().filter(w -> !w.equalsIgnoreCase("true") && !w.equalsIgnoreCase("false")).map(NODES::stringNode),
                        Arbitraries.of(NODES.objectNode(), NODES.arrayNode())).map(value -> set(field, value))),
                Arbitraries.of(ENUMS).flatMap(field -> word().map(w -> w.toUpperCase(Locale.ROOT) + "_X")
                        .map(value -> set(field, NODES.stringNode(value)))),
                Arbitraries.of(LISTS).flatMap(field -> Arbitraries.oneOf(word().map(NODES::stringNode),
                        Arbitraries.just(NODES.objectNode()), word().map(w -> NODES.arrayNode().add(w + "_X")),
                        Arbitraries.just(NODES.arrayNode().addNull())).map(value -> set(field, value))),
                Arbitraries.of(OBJECTS).flatMap(field -> Arbitraries.oneOf(word().map(NODES::stringNode),
                        Arbitraries.integers().map(NODES::numberNode), Arbitraries.just(NODES.arrayNode()))
                        .map(value -> set(field, value))),
                Arbitraries.of(CODES).flatMap(field -> word().filter(InvalidMenteePathsTest::noCode)
                        .map(value -> set(field, NODES.stringNode(value)))),
                Arbitraries.strings().withCharRange('A', 'Z').ofLength(2)
                        .filter(code -> !Set.of(Locale.getISOCountries()).contains(code) || code.equals("US") || code.equals("CA"))
                        .map(code -> set("medicalSchoolCountry", NODES.stringNode(code))),
                Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(3)
                        .filter(code -> !Set.of(Locale.getISOLanguages()).contains(code) && !Set.of("he", "id", "yi").contains(code))
                        .map(code -> set("languages", NODES.arrayNode().add("en").add(code))),
                Arbitraries.of(Specialty.class).list().ofSize(4).uniqueElements()
                        .map(list -> set("targetSpecialties", specialties(list))),
                Arbitraries.of(Specialty.class).map(s -> set("targetSpecialties", specialties(List.of(s, s)))),
                Arbitraries.just(set("targetSpecialties", NODES.arrayNode())),
                Arbitraries.just(set("languages", NODES.arrayNode())),
                Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(12).flatMap(name ->
                        Arbitraries.of("", "usmle.", "usmle.step1.", "usClinicalExperience.")
                                .map(prefix -> set(prefix + "x" + name, NODES.stringNode("?")))),
                Arbitraries.strings().ofMinLength(201).ofMaxLength(300).map(name -> set("medicalSchoolName", NODES.stringNode(name))),
                Arbitraries.just(new Mutation("citizen with a visa", node -> {
                    node.put("usCitizen", true);
                    node.put("visaNeed", "H1B");
                })),
                Arbitraries.just(new Mutation("SOAP without a cycle", node -> {
                    node.put("priorMatchCycles", 0);
                    node.put("soapTried", true);
                })),
                Arbitraries.just(new Mutation("Step 3 without Step 1", node -> {
                    node.set("usmle", MenteePaths.tree("{\"step1\":{\"outcome\":\"NOT_TAKEN\"},\"step3Passed\":true}"));
                })),
                Arbitraries.of(HelpTopic.class, SensitiveField.class).map(type -> set(
                        type == HelpTopic.class ? "helpWanted" : "sharedWithMentors", NODES.arrayNode().add("NOT_A_" + type))));
    }

    private static Arbitrary<String> word() {
        return Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(12);
    }

    private static boolean noCode(String word) {
        return !Set.of(Locale.getISOCountries()).contains(word) && !ZoneId.getAvailableZoneIds().contains(word);
    }

    private static JsonNode specialties(List<Specialty> list) {
        var array = NODES.arrayNode();
        list.forEach(specialty -> array.add(specialty.name()));
        return array;
    }

    private static Arbitrary<Mutation> outOfRange(String field, Arbitrary<Integer> values) {
        return values.map(value -> set(field, NODES.numberNode(value)));
    }

    /** Sets {@code path} (dotted), creating the objects on the way; a non-object on the way is replaced by one. */
    private static Mutation set(String path, JsonNode value) {
        return new Mutation(path + "=" + value, root -> {
            String[] parts = path.split("\\.");
            ObjectNode node = root;
            for (int i = 0; i < parts.length - 1; i++) {
                if (!(node.get(parts[i]) instanceof ObjectNode)) {
                    node.set(parts[i], NODES.objectNode());
                }
                node = (ObjectNode) node.get(parts[i]);
            }
            node.set(parts[parts.length - 1], value);
        });
    }
}
