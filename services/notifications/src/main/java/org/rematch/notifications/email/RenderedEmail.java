package org.rematch.notifications.email;

/**
 * An email ready for SMTP: both parts rendered, and what its headers need.
 *
 * @param messageId   the same for every try of the same email, so a mail system that sees it twice (a crash between
 *                    the server's acceptance and the SENT mark) can tell it is one message
 * @param unsubscribe the unsubscribe link for the List-Unsubscribe header, or null
 * @param urgent      marks the message high priority
 */
record RenderedEmail(String messageId, String to, String subject, String text, String html, String unsubscribe,
        boolean urgent) {
}
