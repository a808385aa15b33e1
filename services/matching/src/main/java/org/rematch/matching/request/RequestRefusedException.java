package org.rematch.matching.request;

import java.net.URI;
import org.rematch.matching.policy.RequestRefusal;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A refused mentor request, rendered as problem+json with a {@code reason} property naming the rule that refused
 * ({@link RequestRefusal}) and a plain-words detail: 404 for an unknown mentor, 409 for the rest.
 */
public class RequestRefusedException extends ErrorResponseException {

    private final RequestRefusal reason;

    public RequestRefusedException(RequestRefusal reason, String detail) {
        super(status(reason), problem(reason, detail), null);
        this.reason = reason;
    }

    public RequestRefusal reason() {
        return reason;
    }

    private static HttpStatus status(RequestRefusal reason) {
        return reason == RequestRefusal.MENTOR_UNKNOWN ? HttpStatus.NOT_FOUND : HttpStatus.CONFLICT;
    }

    private static ProblemDetail problem(RequestRefusal reason, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status(reason), detail);
        problem.setTitle(reason == RequestRefusal.MENTOR_UNKNOWN ? "Mentor not found" : "Request refused");
        problem.setType(URI.create("urn:rematch:mentor-request:" + reason.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')));
        problem.setProperty("reason", reason.name());
        return problem;
    }
}
