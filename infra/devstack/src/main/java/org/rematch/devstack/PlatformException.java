package org.rematch.devstack;

/** A failure with a message meant for a person (the CLI prints only the message, no stack trace). */
public class PlatformException extends RuntimeException {

    public PlatformException(String message) {
        super(message);
    }

    public PlatformException(String message, Throwable cause) {
        super(message, cause);
    }
}
