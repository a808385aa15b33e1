package org.rematch.forums.web;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.rematch.forums.forum.domain.Forum;
import org.rematch.forums.forum.domain.InvalidInput;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The forum rules' refusals as problem+json: broken input 400 naming every field (the kit's {@code errors} shape), not
 * allowed 403, a state that forbids it 409. A refusal with a reason code carries it as {@code reason}, so a client can
 * tell "join first" (NOT_A_MEMBER) from "the forum is locked" (FORUM_LOCKED) without reading the message.
 */
@RestControllerAdvice(basePackages = "org.rematch.forums")
@Order(Ordered.HIGHEST_PRECEDENCE)
class ForumsProblems {

    @ExceptionHandler(InvalidInput.class)
    ProblemDetail invalid(InvalidInput e) {
        String detail = e.violations().stream().map(v -> "'" + v.field() + "' " + v.message())
                .collect(Collectors.joining("; ", "Invalid request: ", ""));
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setTitle("Invalid request");
        List<Map<String, String>> errors = e.violations().stream()
                .map(v -> Map.of("field", v.field(), "message", v.message())).toList();
        problem.setProperty("errors", errors);
        return problem;
    }

    @ExceptionHandler(Forum.NotAllowed.class)
    ProblemDetail notAllowed(Forum.NotAllowed e) {
        return refusal(HttpStatus.FORBIDDEN, e.getMessage(), e.reason());
    }

    @ExceptionHandler(Forum.InvalidTransition.class)
    ProblemDetail conflict(Forum.InvalidTransition e) {
        return refusal(HttpStatus.CONFLICT, e.getMessage(), e.reason());
    }

    private static ProblemDetail refusal(HttpStatus status, String message, String reason) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, message);
        if (reason != null) {
            problem.setProperty("reason", reason);
        }
        return problem;
    }
}
