package org.rematch.notifications.email;

import java.util.List;

/** An email ready for SMTP: both parts rendered, and what its headers need. */
record RenderedEmail(Envelope envelope, String text, String html) {

    /**
     * Everything about an email but its parts.
     *
     * @param messageId    the same for every try of the same email, so a mail system that sees it twice (a crash between
     *                     the server's acceptance and the SENT mark) can tell it is one message
     * @param unsubscribes the unsubscribe links for the List-Unsubscribe header, none for an email that cannot be stopped
     * @param urgent       marks the message high priority
     */
    record Envelope(String messageId, String to, String subject, List<String> unsubscribes, boolean urgent) {

        Envelope {
            unsubscribes = List.copyOf(unsubscribes);
        }
    }
}
