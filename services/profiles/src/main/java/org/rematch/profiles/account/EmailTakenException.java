package org.rematch.profiles.account;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** Another account already uses this email (compared lower-cased); rendered as 409 problem+json. */
public class EmailTakenException extends ResponseStatusException {

    public EmailTakenException() {
        super(HttpStatus.CONFLICT, "An account with this email already exists");
    }
}
