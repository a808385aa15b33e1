package org.rematch.profiles.auth;

import java.time.Duration;
import org.rematch.profiles.core.LoginThrottle;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** 429 application/problem+json with a Retry-After in seconds. */
class TooManyLoginAttempts extends ErrorResponseException {

    TooManyLoginAttempts(Duration wait) {
        super(HttpStatus.TOO_MANY_REQUESTS, problem(LoginThrottle.retryAfterSeconds(wait)), null);
        getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(LoginThrottle.retryAfterSeconds(wait)));
    }

    private static ProblemDetail problem(long seconds) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
                "Too many failed logins; try again in " + seconds + " seconds");
        problem.setTitle("Too many login attempts");
        problem.setProperty("retryAfterSeconds", seconds);
        return problem;
    }
}
