package org.rematch.notifications.email;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Hands a rendered email to the SMTP server (Spring Boot's {@code spring.mail.*}) as multipart/alternative: a client
 * shows the HTML part, or the plain text where it shows no HTML.
 */
@Component
class Mailer {

    private final JavaMailSender smtp;
    private final InternetAddress from;

    Mailer(JavaMailSender smtp, EmailSettings settings) throws MessagingException {
        this.smtp = smtp;
        this.from = new InternetAddress(settings.from(), true);
    }

    /** @throws MailException when the server is unreachable or refuses the message, or the address is malformed */
    void send(RenderedEmail email) {
        smtp.send(message -> compose(message, email));
    }

    private void compose(MimeMessage message, RenderedEmail email) throws MessagingException {
        RenderedEmail.Envelope envelope = email.envelope();
        message.setFrom(from);
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(envelope.to(), true));
        message.setSubject(envelope.subject(), StandardCharsets.UTF_8.name());
        MimeMultipart alternatives = new MimeMultipart("alternative");
        alternatives.addBodyPart(part(email.text(), "plain"));
        alternatives.addBodyPart(part(email.html(), "html"));
        message.setContent(alternatives);
        // kept by Spring's sender as set: every try of the same email carries the same id
        message.setHeader("Message-ID", "<" + envelope.messageId() + "@" + domainOf(from) + ">");
        // an automatic message (RFC 3834): out-of-office replies are not sent back to it
        message.setHeader("Auto-Submitted", "auto-generated");
        if (!envelope.unsubscribes().isEmpty()) {
            message.setHeader("List-Unsubscribe", envelope.unsubscribes().stream().map(link -> "<" + link + ">")
                    .collect(Collectors.joining(", ")));
        }
        if (envelope.unsubscribes().size() == 1) {
            // RFC 8058: the mail client may unsubscribe with one POST to the link, without opening a page (with several
            // links, one for each type in a digest, it could not know which one the person means)
            message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }
        if (envelope.urgent()) {
            message.setHeader("Importance", "high");
            message.setHeader("X-Priority", "1 (Highest)");
        }
    }

    private static MimeBodyPart part(String content, String subtype) throws MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        part.setText(content, StandardCharsets.UTF_8.name(), subtype);
        return part;
    }

    private static String domainOf(InternetAddress address) {
        String email = address.getAddress();
        return email.substring(email.indexOf('@') + 1);
    }
}
