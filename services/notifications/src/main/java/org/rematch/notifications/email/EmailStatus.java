package org.rematch.notifications.email;

import java.time.Instant;

/**
 * The email of one inbox item, stored in the item's own document (field {@value EmailQueue#FIELD}), written by the insert
 * that creates the item: so an item never exists without its email decision, and a redelivered event (same item id, an
 * insert that is ignored) never makes a second email.
 *
 * @param attempts      failed tries so far (waiting for an address is no failure)
 * @param queuedAt      when the item was delivered; a digest takes the items queued before its time
 * @param nextAttemptAt when the sender may take it next; pushed ahead while a sender holds it
 * @param lastError     why the last try did not send it, if it did not
 */
record EmailStatus(EmailState state, int attempts, Instant queuedAt, Instant nextAttemptAt, Instant sentAt, String lastError) {

    /** Why an email the recipient turned off is not sent. */
    static final String TURNED_OFF = "The recipient turned these emails off";

    /** An email to send as soon as the sender comes by. */
    static EmailStatus pending(Instant now) {
        return new EmailStatus(EmailState.PENDING, 0, now, now, null, null);
    }

    /** An item for the recipient's next daily digest. */
    static EmailStatus forDigest(Instant now) {
        return new EmailStatus(EmailState.DIGEST, 0, now, null, null, null);
    }

    /** An email not to send, and why. */
    static EmailStatus skipped(Instant now, String reason) {
        return new EmailStatus(EmailState.SKIPPED, 0, now, null, null, reason);
    }
}
