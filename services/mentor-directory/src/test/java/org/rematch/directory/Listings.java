package org.rematch.directory;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rematch.testsupport.Http;
import org.rematch.testsupport.TestTokens;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

/** Listing bodies for the directory's tests, and HTTP calls with an If-Match header. */
public final class Listings {

    private Listings() {
    }

    /** The smallest valid POST /api/mentors body. */
    public static Map<String, Object> minimalMap() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("matchedSpecialty", "FM");
        body.put("matchedYear", 2024);
        body.put("medicalSchoolCountry", "IN");
        body.put("usImg", false);
        body.put("unmatchedCyclesBeforeMatch", 0);
        body.put("matchedViaSoap", false);
        body.put("visaPath", "NONE");
        body.put("currentRole", "RESIDENT");
        body.put("programType", "COMMUNITY");
        body.put("topics", List.of("EXAMS"));
        body.put("languages", List.of("en"));
        body.put("timeZone", "Asia/Kolkata");
        body.put("capacity", 1);
        return body;
    }

    /** A body with every field set; paused until {@code pausedUntil}. */
    public static Map<String, Object> fullMap(LocalDate pausedUntil) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("matchedSpecialty", "IM");
        body.put("matchedYear", 2022);
        body.put("medicalSchoolCountry", "PK");
        body.put("usImg", false);
        body.put("unmatchedCyclesBeforeMatch", 2);
        body.put("matchedViaSoap", true);
        body.put("visaPath", "J1");
        body.put("graduationYear", 2016);
        body.put("exams", exams(241, 3));
        body.put("whatHelped", List.of("USCE", "RESEARCH_YEAR", "COMMUNITY_PROGRAMS"));
        body.put("currentRole", "ATTENDING");
        body.put("programType", "COMMUNITY_UNIVERSITY_AFFILIATED");
        body.put("topics", List.of("APPLICATION_REVIEW", "INTERVIEWS", "VISA"));
        body.put("languages", List.of("en", "ur"));
        body.put("timeZone", "America/Chicago");
        body.put("bio", "Unmatched twice, then a research year; matched IM through SOAP on a J-1.");
        body.put("capacity", 3);
        body.put("accepting", false);
        body.put("pausedUntil", pausedUntil.toString());
        return body;
    }

    /** The {@code exams} object of a listing body; a null number is left out, as a mentor who does not tell it would. */
    public static Map<String, Object> exams(Integer step2ckScore, Integer usmleAttempts) {
        Map<String, Object> exams = new LinkedHashMap<>();
        if (step2ckScore != null) {
            exams.put("step2ckScore", step2ckScore);
        }
        if (usmleAttempts != null) {
            exams.put("usmleAttempts", usmleAttempts);
        }
        return exams;
    }

    public static String minimal() {
        return json(minimalMap());
    }

    /** The minimal body with one field changed ({@code null} removes it). */
    public static String minimalWith(String field, Object value) {
        Map<String, Object> body = minimalMap();
        if (value == null) {
            body.remove(field);
        } else {
            body.put(field, value);
        }
        return json(body);
    }

    public static String full(LocalDate pausedUntil) {
        return json(fullMap(pausedUntil));
    }

    public static LocalDate todayUtc() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    public static String json(Object body) {
        return Http.JSON.writeValueAsString(body);
    }

    public static String mentor(String id) {
        return TestTokens.bearer(id, "MENTOR");
    }

    /** A request with an If-Match header; 4xx and 5xx are returned. */
    public static ResponseEntity<String> withIfMatch(int port, HttpMethod method, String path, String authorization,
            String ifMatch, String body) {
        RestClient.RequestBodySpec request = RestClient.create("http://localhost:" + port).method(method).uri(path);
        if (authorization != null) {
            request.header(HttpHeaders.AUTHORIZATION, authorization);
        }
        if (ifMatch != null) {
            request.header(HttpHeaders.IF_MATCH, ifMatch);
        }
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).body(body);
        }
        return request.retrieve().onStatus(status -> true, (req, res) -> { }).toEntity(String.class);
    }
}
