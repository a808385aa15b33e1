package org.rematch.kit.web;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A 400 application/problem+json naming every field that breaks a rule, the one shape of every invalid request:
 * {@code detail} lists the fields, {@code errors} holds one {field, message} each. Thrown by a service for rules
 * Bean Validation does not express; the kit builds the same shape for Bean Validation and unreadable bodies.
 */
public class InvalidRequest extends ErrorResponseException {

    /** @param problems field path → what is wrong, in the order to report them */
    public InvalidRequest(Map<String, String> problems) {
        super(HttpStatus.BAD_REQUEST, problem(problems.entrySet().stream()
                .map(problem -> fieldError(problem.getKey(), problem.getValue())).toList()), null);
    }

    public static Map<String, String> fieldError(String field, String message) {
        return Map.of("field", String.valueOf(field), "message", String.valueOf(message));
    }

    /** The problem body for {@code errors}, each a {field, message} map. */
    public static ProblemDetail problem(List<Map<String, String>> errors) {
        String detail = errors.stream()
                .map(error -> "'" + error.get("field") + "' " + error.get("message"))
                .collect(Collectors.joining("; ", "Invalid request: ", ""));
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setTitle("Invalid request");
        problem.setProperty("errors", errors);
        return problem;
    }
}
