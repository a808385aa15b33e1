package org.rematch.notifications.email.core;

/**
 * What one email about an inbox item says, as its text and HTML templates show it. Values are plain text: the HTML
 * template escapes each of them, so a name or a reason written by someone can never become markup.
 *
 * @param template    which pair of templates renders it (templates/email/{template}.txt and .html)
 * @param to          the recipient's address
 * @param greeting    "Hello Amina," or, without a name, "Hello,"
 * @param headline    the item's title
 * @param body        the item's text
 * @param action      where the item leads in the app (absolute), and what to do there
 * @param contact     on an acceptance, the mentor the mentee may now write to; null otherwise
 * @param urgent      a safety page, which must stand out (subject, banner, mail priority)
 * @param reason      why the person gets this email
 * @param unsubscribe the link that turns these emails off, or null for emails that cannot be turned off
 */
public record EmailContent(String template, String to, String subject, String greeting, String headline, String body,
        Action action, Person contact, boolean urgent, String reason, String unsubscribe) {

    /** A link into the app and what to do there. */
    public record Action(String label, String url) {
    }
}
