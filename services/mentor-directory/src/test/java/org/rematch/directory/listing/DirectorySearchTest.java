package org.rematch.directory.listing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rematch.directory.Listings.mentor;
import static org.rematch.testsupport.Http.json;
import static org.rematch.testsupport.Http.problem;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.rematch.directory.Listings;
import org.rematch.testsupport.RematchServiceTest;
import org.rematch.testsupport.ServiceTestBase;
import org.rematch.testsupport.TestTokens;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * GET /api/mentors over a known set of eight listings, in a database of its own (so totals are exact): each filter
 * alone and combined, relevance and newest order, page boundaries and the total.
 */
@RematchServiceTest
@TestPropertySource(properties = {"spring.mongodb.database=rematch-mentor-directory-search-test",
        "spring.kafka.consumer.group-id=mentor-directory-search-test"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DirectorySearchTest extends ServiceTestBase {

    /** L1..L8 → mentor id; L1 listed first, L8 last. */
    private final Map<String, String> ids = new LinkedHashMap<>();

    private final String mentee = TestTokens.bearer(UUID.randomUUID().toString(), "MENTEE");

    @BeforeAll
    void listTheKnownSet() {
        list("L1", "IM", "PK", List.of("VISA", "EXAMS"), List.of("en", "ur"), "J1", "ATTENDING", Map.of());
        list("L2", "IM", "IN", List.of("INTERVIEWS"), List.of("en", "hi"), "H1B", "RESIDENT", Map.of());
        list("L3", "FM", "PK", List.of("VISA"), List.of("ur"), "NONE", "FELLOW", Map.of("accepting", false));
        list("L4", "PEDS", "EG", List.of("WELLBEING", "EXAMS"), List.of("ar", "en"), "J1", "RESIDENT",
                Map.of("pausedUntil", Listings.todayUtc().plusDays(10).toString()));
        list("L5", "IM", "NG", List.of("ALTERNATIVE_CAREERS"), List.of("en"), "NONE", "PA_NP", Map.of());
        list("L6", "PSYCH", "PK", List.of("ALTERNATIVE_CAREERS", "VISA"), List.of("en", "ur"), "H1B", "INDUSTRY", Map.of());
        list("L7", "IM", "PK", List.of("APPLICATION_REVIEW"), List.of("en"), "NONE", "RESIDENT", Map.of("usImg", true));
        list("L8", "IM", "PK", List.of("USCE"), List.of("fr"), "NONE", "RESIDENT",
                Map.of("pausedUntil", Listings.todayUtc().plusDays(1).toString()));
        // L8's pause has ended by now (the API only takes future dates), and the listing times are fixed and distinct
        mongo.updateFirst(Query.query(Criteria.where("_id").is(ids.get("L8"))),
                new Update().set("pausedUntil", Listings.todayUtc().toString()), "mentor_listings");
        int minute = 0;
        for (String id : ids.values()) {
            mongo.updateFirst(Query.query(Criteria.where("_id").is(id)),
                    new Update().set("createdAt", Instant.parse("2026-01-01T00:00:00Z").plusSeconds(60L * minute++)), "mentor_listings");
        }
    }

    private void list(String name, String specialty, String country, List<String> topics, List<String> languages, String visa,
            String role, Map<String, Object> extra) {
        String id = UUID.randomUUID().toString();
        Map<String, Object> body = Listings.minimalMap();
        body.put("matchedSpecialty", specialty);
        body.put("medicalSchoolCountry", country);
        body.put("topics", topics);
        body.put("languages", languages);
        body.put("visaPath", visa);
        body.put("currentRole", role);
        body.putAll(extra);
        ResponseEntity<String> created = http().post("/api/mentors", mentor(id), Listings.json(body));
        assertThat(created.getStatusCode().value()).as(created.getBody()).isEqualTo(201);
        ids.put(name, id);
    }

    private JsonNode search(String query) {
        ResponseEntity<String> response = http().get("/api/mentors" + query, mentee);
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(200);
        return json(response);
    }

    /** The names (L1..L8) of the listings on the page, in order. */
    private List<String> found(String query) {
        JsonNode page = search(query);
        List<String> names = new ArrayList<>();
        page.get("items").forEach(item -> ids.forEach((name, id) -> {
            if (id.equals(item.get("mentorId").asString())) {
                names.add(name);
            }
        }));
        assertThat(names).as("only known listings").hasSize(page.get("items").size());
        assertThat(page.get("total").asLong()).as("total of %s", query).isEqualTo(names.size());
        return names;
    }

    @Test
    void withoutFiltersEveryListingIsFoundAcceptingFirstThenNewest() {
        assertThat(found("")).containsExactly("L8", "L7", "L6", "L5", "L2", "L1", "L4", "L3");
        assertThat(found("?sort=newest")).containsExactly("L8", "L7", "L6", "L5", "L4", "L3", "L2", "L1");
    }

    @Test
    void eachFilterAlone() {
        assertThat(found("?specialty=IM")).containsExactlyInAnyOrder("L1", "L2", "L5", "L7", "L8");
        assertThat(found("?specialty=im,fm")).containsExactlyInAnyOrder("L1", "L2", "L3", "L5", "L7", "L8");
        assertThat(found("?country=PK")).containsExactlyInAnyOrder("L1", "L3", "L6", "L7", "L8");
        assertThat(found("?country=eg&country=ng")).containsExactlyInAnyOrder("L4", "L5");
        assertThat(found("?topic=VISA")).containsExactlyInAnyOrder("L1", "L3", "L6");
        assertThat(found("?language=ur")).containsExactlyInAnyOrder("L1", "L3", "L6");
        assertThat(found("?visaPath=J1")).containsExactlyInAnyOrder("L1", "L4");
        assertThat(found("?alternativeCareer=true")).containsExactlyInAnyOrder("L5", "L6");
        assertThat(found("?alternativeCareer=false")).containsExactlyInAnyOrder("L1", "L2", "L3", "L4", "L7", "L8");
        assertThat(found("?hasCapacity=true")).containsExactlyInAnyOrder("L1", "L2", "L5", "L6", "L7", "L8");
        assertThat(found("?hasCapacity=false")).containsExactlyInAnyOrder("L3", "L4");
        assertThat(found("?specialty=DERM")).isEmpty();
    }

    @Test
    void filtersCombined() {
        assertThat(found("?specialty=IM&country=PK&hasCapacity=true")).containsExactly("L8", "L7", "L1");
        assertThat(found("?country=PK&alternativeCareer=true&visaPath=H1B")).containsExactly("L6");
        assertThat(found("?specialty=IM&visaPath=J1&language=en")).containsExactly("L1");
        assertThat(found("?topic=EXAMS&hasCapacity=false")).containsExactly("L4");
    }

    @Test
    void relevanceRanksAcceptingFirstThenTheMostRequestedTopicsAndLanguages() {
        // L1 offers both topics and Urdu (3), L6 one topic and Urdu (2) though newer; L3 matches as well but is closed;
        // L4 offers EXAMS but not Urdu, and different filters must all hold
        assertThat(found("?topic=VISA,EXAMS&language=ur")).containsExactly("L1", "L6", "L3");
        assertThat(found("?topic=VISA,EXAMS")).containsExactly("L1", "L6", "L4", "L3");
    }

    @Test
    void pagesHaveBoundariesAndTheTotalCountsEveryMatch() {
        JsonNode first = search("?size=3");
        assertThat(first.propertyNames()).containsExactlyInAnyOrder("items", "page", "size", "total", "totalPages", "sort");
        assertThat(first.get("total").asLong()).isEqualTo(8);
        assertThat(first.get("totalPages").asInt()).isEqualTo(3);
        assertThat(first.get("sort").asString()).isEqualTo("relevance");
        first.get("items").forEach(item -> assertThat(item.propertyNames())
                .containsExactlyInAnyOrderElementsOf(MentorListingApiTest.PUBLIC_FIELDS));

        assertThat(names(search("?size=3&page=0"))).containsExactly("L8", "L7", "L6");
        assertThat(names(search("?size=3&page=1"))).containsExactly("L5", "L2", "L1");
        JsonNode last = search("?size=3&page=2");
        assertThat(names(last)).containsExactly("L4", "L3");
        assertThat(last.get("page").asInt()).isEqualTo(2);
        JsonNode beyond = search("?size=3&page=3");
        assertThat(beyond.get("items").isEmpty()).isTrue();
        assertThat(beyond.get("total").asLong()).isEqualTo(8);
        assertThat(names(search("?country=PK&size=2&page=1&sort=newest"))).containsExactly("L6", "L3");
        assertThat(search("?size=50").get("items").size()).isEqualTo(8);
        assertThat(search("").get("size").asInt()).isEqualTo(20);
    }

    private List<String> names(JsonNode page) {
        List<String> names = new ArrayList<>();
        page.get("items").forEach(item -> ids.forEach((name, id) -> {
            if (id.equals(item.get("mentorId").asString())) {
                names.add(name);
            }
        }));
        return names;
    }

    @Test
    void anEndedPauseShowsAsAccepting() {
        JsonNode l8 = json(http().get("/api/mentors/" + ids.get("L8"), mentee));
        assertThat(l8.get("accepting").asBoolean()).isTrue();
        assertThat(l8.get("pausedUntil").isNull()).isTrue();
        JsonNode l4 = json(http().get("/api/mentors/" + ids.get("L4"), mentee));
        assertThat(l4.get("accepting").asBoolean()).isFalse();
        assertThat(l4.get("pausedUntil").asString()).isEqualTo(Listings.todayUtc().plusDays(10).toString());
    }

    @Test
    void invalidParametersAreEachNamed() {
        JsonNode bad = problem(http().get("/api/mentors?specialty=Internal&country=Pakistan&topic=GOSSIP&language=urdu"
                + "&visaPath=F1&alternativeCareer=maybe&hasCapacity=yes&sort=score&page=-1&size=51", mentee), 400);
        assertThat(bad.get("errors").findValuesAsString("field")).containsExactly("specialty", "country", "topic", "language",
                "visaPath", "alternativeCareer", "hasCapacity", "sort", "page", "size");
        assertThat(problem(http().get("/api/mentors?size=0", mentee), 400).get("errors").findValuesAsString("field"))
                .containsExactly("size");
        assertThat(problem(http().get("/api/mentors?page=x", mentee), 400).get("errors").findValuesAsString("field"))
                .containsExactly("page");
    }

    @Test
    void sortingByMatchIsForMenteesAndFallsBackToRelevanceSayingWhyWhenMatchingCannotAnswer() {
        assertThat(problem(http().get("/api/mentors?sort=match", mentor(UUID.randomUUID().toString())), 400)
                .get("errors").findValuesAsString("field")).containsExactly("sort");

        JsonNode page = search("?sort=match");

        assertThat(page.get("sort").asString()).isEqualTo("relevance");
        assertThat(page.get("notice").asString()).isEqualTo("Match scores are unavailable right now; sorted by relevance instead.");
        assertThat(page.get("items").get(0).has("matchScore")).isFalse();
        assertThat(found("?sort=match")).isEqualTo(found(""));
        assertThat(search("").has("notice")).isFalse();
    }
}
