package org.rematch.devstack.mail;

import java.time.Instant;
import java.util.List;

/**
 * One message the development mail server received, as the mailbox page and {@code /messages.json} show it.
 *
 * @param id         1, 2, … in the order received (since this mail server started)
 * @param receivedAt when it arrived
 * @param from       the From header, decoded ("Rematch &lt;no-reply@rematch.local&gt;")
 * @param to         who it was delivered to: the SMTP recipients, so Bcc addresses count too
 * @param subject    the Subject header, decoded ("" when missing)
 * @param text       the plain-text part, or null
 * @param html       the HTML part, or null
 */
public record ReceivedMail(long id, Instant receivedAt, String from, List<String> to, String subject, String text,
                           String html) {

    public ReceivedMail {
        to = List.copyOf(to);
    }
}
