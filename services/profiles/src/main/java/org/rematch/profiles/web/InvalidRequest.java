package org.rematch.profiles.web;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A 400 application/problem+json naming every field that breaks a rule, shaped like the kit's Bean Validation
 * problems: {@code detail} lists them, {@code errors} holds one {field, message} per field path.
 */
public class InvalidRequest extends ErrorResponseException {

    public InvalidRequest(Map<String, String> problems) {
        super(HttpStatus.BAD_REQUEST, problem("Invalid request", problems), null);
    }

    /** The problem body for {@code problems} (field path → what is wrong), in their order. */
    static ProblemDetail problem(String title, Map<String, String> problems) {
        List<Map<String, String>> errors = problems.entrySet().stream()
                .map(problem -> Map.of("field", problem.getKey(), "message", problem.getValue()))
                .toList();
        String detail = problems.entrySet().stream()
                .map(problem -> "'" + problem.getKey() + "' " + problem.getValue())
                .collect(Collectors.joining("; ", "Invalid request: ", ""));
        ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        body.setTitle(title);
        body.setProperty("errors", errors);
        return body;
    }
}
