package org.rematch.notifications.email;

/** Where the email of one inbox item stands. */
enum EmailState {
    /** To be sent at {@code nextAttemptAt}: not tried yet, or waiting for the recipient's address. */
    PENDING,
    /** The last try failed ({@code lastError}); tried again at {@code nextAttemptAt}, with back-off. */
    FAILED,
    /** Sent, at {@code sentAt}. */
    SENT,
    /** Not sent, on purpose: the recipient turned these emails off, or was erased. */
    SKIPPED,
    /** Waits for the recipient's daily digest. */
    DIGEST
}
