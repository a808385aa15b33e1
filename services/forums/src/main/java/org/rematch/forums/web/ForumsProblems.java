package org.rematch.forums.web;

import java.time.Clock;
import java.time.Duration;
import org.rematch.forums.forum.domain.Forum;
import org.rematch.forums.forum.domain.InvalidInput;
import org.rematch.kit.web.ProblemDetailsAdvice;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.rematch.forums.moderation.domain.Sanction;
import org.rematch.forums.moderation.domain.SlowMode;
import org.rematch.forums.moderation.domain.Standing;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The forum rules' refusals as problem+json: broken input 400 naming every field (the kit's {@code errors} shape), not
 * allowed 403, a state that forbids it 409. A refusal with a reason code carries it as {@code reason}, so a client can
 * tell "join first" (NOT_A_MEMBER) from "the forum is locked" (FORUM_LOCKED) without reading the message. A sanction
 * is a 403 with its code and the moderator's reason and end; slow mode a 429 with Retry-After.
 */
@RestControllerAdvice(basePackages = "org.rematch.forums")
@Order(Ordered.HIGHEST_PRECEDENCE)
class ForumsProblems {

    private final Clock clock;

    ForumsProblems(Clock clock) {
        this.clock = clock;
    }

    @ExceptionHandler(InvalidInput.class)
    ProblemDetail invalid(InvalidInput e) {
        return ProblemDetailsAdvice.invalidRequest(e.violations().stream()
                .map(violation -> ProblemDetailsAdvice.fieldError(violation.field(), violation.message())).toList());
    }

    @ExceptionHandler(Forum.NotAllowed.class)
    ProblemDetail notAllowed(Forum.NotAllowed e) {
        return refusal(HttpStatus.FORBIDDEN, e.getMessage(), e.reason());
    }

    @ExceptionHandler(Forum.InvalidTransition.class)
    ProblemDetail conflict(Forum.InvalidTransition e) {
        return refusal(HttpStatus.CONFLICT, e.getMessage(), e.reason());
    }

    /** A mute, ban or suspension: 403 with its code (MUTED, BANNED, SUSPENDED), the moderator's reason and when it ends. */
    @ExceptionHandler(Standing.Sanctioned.class)
    ProblemDetail sanctioned(Standing.Sanctioned e) {
        Sanction sanction = e.sanction();
        ProblemDetail problem = refusal(HttpStatus.FORBIDDEN, e.getMessage(), sanction.kind().code());
        problem.setProperty("moderatorReason", sanction.reason());
        problem.setProperty("since", sanction.at().toString());
        problem.setProperty("until", sanction.until() == null ? null : sanction.until().toString());
        return problem;
    }

    /** Slow mode: 429 with Retry-After (whole seconds, rounded up) and the instant as {@code retryAt}. */
    @ExceptionHandler(SlowMode.SlowedDown.class)
    ResponseEntity<ProblemDetail> slowedDown(SlowMode.SlowedDown e) {
        ProblemDetail problem = refusal(HttpStatus.TOO_MANY_REQUESTS, e.getMessage(), "SLOW_MODE");
        problem.setProperty("retryAt", e.retryAt().toString());
        long seconds = Math.max(1, (Duration.between(clock.instant(), e.retryAt()).toMillis() + 999) / 1000);
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).header(HttpHeaders.RETRY_AFTER, Long.toString(seconds))
                .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static ProblemDetail refusal(HttpStatus status, String message, String reason) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, message);
        if (reason != null) {
            problem.setProperty("reason", reason);
        }
        return problem;
    }
}
