package org.rematch.profiles.auth;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** 403 application/problem+json "account disabled": the right password for an account an admin disabled. */
class AccountDisabled extends ErrorResponseException {

    AccountDisabled() {
        super(HttpStatus.FORBIDDEN, problem(), null);
    }

    private static ProblemDetail problem() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
                "This account is disabled; ask an administrator to enable it");
        problem.setTitle("account disabled");
        return problem;
    }
}
