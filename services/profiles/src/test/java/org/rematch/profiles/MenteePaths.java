package org.rematch.profiles;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Bodies of POST /api/mentees and PUT /api/mentees/me for tests: one with every field, one with only the required. */
public final class MenteePaths {

    /** Every field set; sets listed in their declared order, so the profile comes back exactly like this. */
    public static final String FULL = """
            {
              "targetSpecialties": ["IM", "FM", "IMPRELIM"],
              "medicalSchoolCountry": "PK",
              "medicalSchoolName": "King Edward Medical University",
              "usCitizen": false,
              "graduationYear": 2021,
              "ecfmgStatus": "CERTIFIED",
              "usmle": {
                "step1": {"outcome": "PASS", "attempts": 1},
                "step2ck": {"score": 238, "attempts": 2},
                "step3Passed": true
              },
              "usClinicalExperience": {"months": 6, "kinds": ["HANDS_ON", "OBSERVERSHIP"]},
              "researchItems": 3,
              "priorMatchCycles": 2,
              "soapTried": true,
              "visaNeed": "J1",
              "goal": "REAPPLY_SAME_SPECIALTY",
              "languages": ["en", "ur", "pa"],
              "timeZone": "Asia/Karachi",
              "usRegionPreference": ["NORTHEAST", "MIDWEST"],
              "helpWanted": ["APPLICATION_REVIEW", "USCE", "INTERVIEWS"],
              "sharedWithMentors": ["MATCH_ATTEMPTS"],
              "forumJoining": "JOIN_AUTOMATICALLY"
            }""";

    /** Only the required fields. */
    public static final String MINIMAL = """
            {"targetSpecialties":["IM"],"medicalSchoolCountry":"PK","usCitizen":false,"graduationYear":2021,\
            "priorMatchCycles":1,"visaNeed":"J1","goal":"REAPPLY_SAME_SPECIALTY","languages":["en"],"timeZone":"Asia/Karachi"}""";

    private MenteePaths() {
    }

    /** {@code body} with top-level {@code field} set to the JSON {@code value} (e.g. "\"FM\"", "[\"PEDS\"]", "2019"). */
    public static String with(String body, String field, String value) {
        ObjectNode node = (ObjectNode) ProfilesHttp.JSON.readTree(body);
        node.set(field, ProfilesHttp.JSON.readTree(value));
        return node.toString();
    }

    /** {@code body} without top-level {@code field}. */
    public static String without(String body, String field) {
        ObjectNode node = (ObjectNode) ProfilesHttp.JSON.readTree(body);
        node.remove(field);
        return node.toString();
    }

    public static JsonNode tree(String body) {
        return ProfilesHttp.JSON.readTree(body);
    }
}
