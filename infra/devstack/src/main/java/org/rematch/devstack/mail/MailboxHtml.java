package org.rematch.devstack.mail;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** The mailbox page's HTML. Every value is escaped: subjects and bodies carry text that people typed. */
final class MailboxHtml {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    private MailboxHtml() {
    }

    static String listing(List<ReceivedMail> newestFirst) {
        StringBuilder page = new StringBuilder("""
                <!doctype html>
                <html lang="en"><head><meta charset="utf-8"><title>Rematch dev mailbox</title>
                <style>
                body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222}
                article{border-top:1px solid #ccc;padding:.4rem 0}h2{font-size:1.1rem;margin:.4rem 0}
                .meta{color:#555;font-size:.9rem}pre{white-space:pre-wrap;background:#f5f5f5;padding:.6rem}
                </style></head><body>
                <h1>Rematch dev mailbox</h1>
                """);
        page.append("<p>Every email the platform sent since it started, newest first (").append(newestFirst.size())
                .append("). Kept in memory only: gone when the platform restarts. Reload for new mail; ")
                .append("the same as JSON: <a href=\"/messages.json\">/messages.json</a>.</p>\n");
        if (newestFirst.isEmpty()) {
            page.append("<p>No email yet.</p>\n");
        }
        newestFirst.forEach(mail -> page.append(article(mail)));
        return page.append("</body></html>\n").toString();
    }

    private static String article(ReceivedMail mail) {
        String htmlLink = mail.html() == null ? ""
                : " · <a href=\"" + htmlPath(mail.id()) + "\">view the HTML part</a>";
        String text = mail.text() == null ? "(no plain-text part)" : mail.text();
        return "<article id=\"m" + mail.id() + "\"><h2>" + escape(mail.subject()) + "</h2>\n"
                + "<p class=\"meta\">#" + mail.id() + " · <time datetime=\"" + mail.receivedAt() + "\">"
                + TIME.format(mail.receivedAt()) + "</time> · from " + escape(mail.from())
                + " · to " + escape(String.join(", ", mail.to())) + htmlLink + "</p>\n"
                + "<pre>" + escape(text) + "</pre></article>\n";
    }

    static String htmlPath(long id) {
        return "/messages/" + id + "/html";
    }

    static String escape(String value) {
        StringBuilder escaped = new StringBuilder(value.length());
        for (char c : value.toCharArray()) {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
