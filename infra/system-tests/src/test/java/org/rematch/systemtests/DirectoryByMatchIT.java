package org.rematch.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.rematch.systemtests.Steps.list;
import static org.rematch.systemtests.Steps.postPath;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/**
 * A mentee sorts the directory by their own match score: the directory asks matching (with the mentee's token) for the
 * mentors they could ask, so the best same-path mentors come first, each with its score, and the mentor matching
 * already proposed to them (no longer one they could ask) comes after. Nuclear medicine and Bhutan / Mongolia keep the
 * test's mentors apart from every other test's and the demo population's.
 */
@ExtendWith(SystemUnderTest.class)
class DirectoryByMatchIT {

    private static final Duration DELIVERY = Duration.ofSeconds(30);

    @Test
    void aMenteeSortsTheDirectoryByTheirMatchScore() {
        Person proposed = Person.register("MENTOR", "Dr Proposed Already");
        Person closer = Person.register("MENTOR", "Dr Same Country");
        Person further = Person.register("MENTOR", "Dr Other Country");
        list(proposed, "NUCMED", "BT", 2, 1);
        list(closer, "NUCMED", "BT", 0, 2);
        list(further, "NUCMED", "MN", 2, 2);
        Person mentee = Person.register("MENTEE", "Sonam Mentee");
        postPath(mentee, "NUCMED", "BT", List.of());
        String search = "/api/mentors?specialty=NUCMED&country=BT,MN&sort=match";

        JsonNode page = await("match scores for the mentee's search").atMost(DELIVERY)
                .until(() -> SystemUnderTest.gateway().get(search, mentee.token()).json(),
                        found -> "match".equals(found.get("sort").asString()) && ids(found).indexOf(proposed.id()) > ids(found).indexOf(further.id())
                                && scored(found).containsAll(List.of(closer.id(), further.id())));

        List<String> ids = ids(page);
        assertThat(ids).containsSubsequence(closer.id(), further.id(), proposed.id());
        assertThat(page.has("notice")).isFalse();
        JsonNode first = page.get("items").get(ids.indexOf(closer.id()));
        JsonNode second = page.get("items").get(ids.indexOf(further.id()));
        assertThat(first.get("matchScore").asDouble()).isGreaterThan(second.get("matchScore").asDouble());
        assertThat(page.get("items").get(ids.indexOf(proposed.id())).has("matchScore")).as("already proposed: not one to ask").isFalse();
        List<Double> scores = new ArrayList<>();
        page.get("items").forEach(item -> scores.add(item.has("matchScore") ? item.get("matchScore").asDouble() : -1));
        assertThat(scores).as("scored mentors first, best first").isSortedAccordingTo((a, b) -> Double.compare(b, a));

        var asMentor = SystemUnderTest.gateway().get(search, closer.token());
        assertThat(asMentor.status()).as(asMentor.toString()).isEqualTo(400);
        assertThat(asMentor.body()).contains("sort");
    }

    private static List<String> ids(JsonNode page) {
        return page.get("items").findValuesAsString("mentorId");
    }

    private static List<String> scored(JsonNode page) {
        List<String> scored = new ArrayList<>();
        page.get("items").forEach(item -> {
            if (item.has("matchScore")) {
                scored.add(item.get("mentorId").asString());
            }
        });
        return scored;
    }
}
