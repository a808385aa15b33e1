package org.rematch.profiles.mentee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rematch.profiles.ProfilesHttp.json;
import static org.rematch.testsupport.FixtureShape.assertSameShape;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rematch.contracts.Fixtures;
import org.rematch.contracts.Topics;
import org.rematch.contracts.mentees.MenteeSnapshot;
import org.rematch.profiles.MenteePaths;
import org.rematch.profiles.ProfilesHttp;
import org.rematch.profiles.ProfilesServiceTest;
import org.rematch.testsupport.RematchServiceTest;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.JsonNode;

/** A path with every field set goes in, comes back identical, and matching learns the fields it scores with. */
@RematchServiceTest
class MenteePathRoundTripTest extends ProfilesServiceTest {

    /** Snapshot field ← path field, where the names differ; the others carry the path field's name. */
    private static final Map<String, String> RENAMED = Map.of("usImg", "usCitizen", "matchAttempts", "priorMatchCycles");
    private static final List<String> NOT_IN_THE_PATH = List.of("menteeId", "version", "status", "displayName");
    /** Snapshot fields made from path fields rather than copied. */
    private static final List<String> DERIVED = List.of("change", "exams");

    @Test
    void everyFieldComesBackIdenticalAndTheSnapshotCarriesTheMappedOnes() {
        ProfilesHttp.Registered amina = http().registerAndLogIn("Amina Khan", "MENTEE");
        JsonNode sent = MenteePaths.tree(MenteePaths.FULL);

        ResponseEntity<String> created = http().post("/api/mentees", amina.bearer(), MenteePaths.FULL);
        assertThat(created.getStatusCode().value()).as(created.getBody()).isEqualTo(201);
        JsonNode read = json(http().get("/api/mentees/me", amina.bearer()).getBody());

        sent.propertyNames().forEach(field -> {
            assertThat(read.get(field)).as(field).isEqualTo(sent.get(field));
            assertThat(json(created.getBody()).get(field)).as(field).isEqualTo(sent.get(field));
        });
        assertThat(read.propertyNames()).containsAll(sent.propertyNames()).containsAll(NOT_IN_THE_PATH)
                .hasSize(sent.size() + NOT_IN_THE_PATH.size());

        List<JsonNode> published = events().read(Topics.MENTEES, record -> amina.accountId().equals(record.key()),
                Duration.ofSeconds(20)).stream().map(record -> json(record.value())).toList();
        assertThat(published).hasSize(1);
        JsonNode snapshot = published.getFirst();
        assertSameShape(snapshot, MenteeSnapshot.class);
        assertThat(snapshot.propertyNames()).containsExactlyInAnyOrderElementsOf(
                json(Fixtures.json(MenteeSnapshot.class)).propertyNames());
        snapshot.propertyNames().stream().filter(field -> !NOT_IN_THE_PATH.contains(field) && !DERIVED.contains(field)).forEach(field ->
                assertThat(snapshot.get(field)).as(field).isEqualTo(sent.get(RENAMED.getOrDefault(field, field))));
        assertThat(snapshot.get("change").asString()).isEqualTo("REGISTERED");
        assertThat(snapshot.get("displayName").asString()).isEqualTo("Amina Khan");
        assertThat(snapshot.get("exams").get("step2ckScore").asInt()).as("the latest Step 2 CK score").isEqualTo(238);
        assertThat(snapshot.get("exams").get("usmleAttempts").asInt()).as("Step 1 once, Step 2 CK twice").isEqualTo(3);
        assertThat(snapshot.toString()).as("the exam details stay in profiles")
                .doesNotContain("outcome", "step3", "ecfmg", "King Edward", "usClinicalExperience", "research", "usRegion");
    }
}
