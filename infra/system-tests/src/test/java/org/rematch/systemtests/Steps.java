package org.rematch.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import tools.jackson.databind.JsonNode;

/** What people do on Rematch, through the gateway, shared by the system tests. */
final class Steps {

    private Steps() {
    }

    static void list(Person mentor, String specialty, String country, int cycles, int capacity) {
        var response = SystemUnderTest.gateway().post("/api/mentors", mentor.token(), Map.of("matchedSpecialty", specialty,
                "medicalSchoolCountry", country, "unmatchedCyclesBeforeMatch", cycles, "capacity", capacity));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
    }

    /** The mentee's path; the sensitive fields stay private unless {@code shared} names them. */
    static void postPath(Person mentee, String specialty, String country, List<String> shared) {
        var response = SystemUnderTest.gateway().post("/api/mentees", mentee.token(), Map.of("targetSpecialty", specialty,
                "medicalSchoolCountry", country, "graduationYear", 2020, "matchAttempts", 2, "visaNeed", "H1B",
                "sharedWithMentors", shared));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
    }

    static List<JsonNode> inboxItems(Person person, String type) {
        var response = SystemUnderTest.gateway().get("/api/notifications", person.token());
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return StreamSupport.stream(response.json().get("items").spliterator(), false)
                .filter(item -> type.equals(item.get("type").asString()))
                .toList();
    }

    static List<JsonNode> pairingsOf(JsonNode array, String menteeId) {
        return StreamSupport.stream(array.spliterator(), false)
                .filter(p -> menteeId.equals(p.get("menteeId").asString()))
                .toList();
    }
}
