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
        var response = SystemUnderTest.gateway().post("/api/mentors", mentor.token(), listing(specialty, country, cycles, capacity));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
    }

    /**
     * A minimal valid listing: a resident who matched in 2022 after {@code cycles} unmatched cycles, having trained on
     * an H-1B (so mentees who need a visa may meet them).
     */
    static Map<String, Object> listing(String specialty, String country, int cycles, int capacity) {
        return Map.ofEntries(Map.entry("matchedSpecialty", specialty), Map.entry("matchedYear", 2022),
                Map.entry("medicalSchoolCountry", country), Map.entry("usImg", false),
                Map.entry("unmatchedCyclesBeforeMatch", cycles), Map.entry("matchedViaSoap", false),
                Map.entry("visaPath", "H1B"), Map.entry("currentRole", "RESIDENT"), Map.entry("programType", "COMMUNITY"),
                Map.entry("topics", List.of("APPLICATION_REVIEW")), Map.entry("languages", List.of("en")),
                Map.entry("timeZone", "America/New_York"), Map.entry("capacity", capacity));
    }

    /** The mentee's path; the sensitive fields stay private unless {@code shared} names them. */
    static void postPath(Person mentee, String specialty, String country, List<String> shared) {
        var response = SystemUnderTest.gateway().post("/api/mentees", mentee.token(), path(specialty, country, shared));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
    }

    /** A minimal valid path: one target specialty, two unmatched cycles, an H-1B need. */
    static Map<String, Object> path(String specialty, String country, List<String> shared) {
        return Map.of("targetSpecialties", List.of(specialty), "medicalSchoolCountry", country, "usCitizen", false,
                "graduationYear", 2020, "priorMatchCycles", 2, "visaNeed", "H1B", "goal", "REAPPLY_SAME_SPECIALTY",
                "languages", List.of("en"), "timeZone", "America/New_York", "sharedWithMentors", shared);
    }

    static List<JsonNode> inboxItems(Person person, String type) {
        var response = SystemUnderTest.gateway().get("/api/notifications?size=100", person.token());
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return StreamSupport.stream(response.json().get("items").spliterator(), false)
                .filter(item -> type.equals(item.get("type").asString()))
                .toList();
    }

    /** The emails the platform sent to {@code address}, newest first, as the development mailbox received them. */
    static List<JsonNode> emailsTo(String address) {
        var response = new Http(SystemUnderTest.mailbox()).get("/messages.json", null);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return StreamSupport.stream(response.json().spliterator(), false)
                .filter(message -> message.get("to").toString().contains(address))
                .toList();
    }

    static List<JsonNode> pairingsOf(JsonNode array, String menteeId) {
        return StreamSupport.stream(array.spliterator(), false)
                .filter(p -> menteeId.equals(p.get("menteeId").asString()))
                .toList();
    }
}
