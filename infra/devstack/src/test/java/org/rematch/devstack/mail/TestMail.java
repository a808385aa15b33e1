package org.rematch.devstack.mail;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/** Sends mail over real SMTP, as the notifications service does (with the jakarta.mail that GreenMail brings). */
public final class TestMail {

    private TestMail() {
    }

    /** A message to 127.0.0.1:{@code smtpPort}, with a plain-text part and, unless {@code html} is null, an HTML one. */
    public static MimeMessage message(int smtpPort, String from, String to, String subject, String text, String html)
            throws MessagingException {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", "127.0.0.1");
        properties.put("mail.smtp.port", String.valueOf(smtpPort));
        MimeMessage message = new MimeMessage(Session.getInstance(properties));
        message.setFrom(new InternetAddress(from));
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(to));
        message.setSubject(subject, StandardCharsets.UTF_8.name());
        if (html == null) {
            message.setText(text, StandardCharsets.UTF_8.name());
        } else {
            MimeBodyPart textPart = new MimeBodyPart();
            textPart.setText(text, StandardCharsets.UTF_8.name());
            MimeBodyPart htmlPart = new MimeBodyPart();
            htmlPart.setText(html, StandardCharsets.UTF_8.name(), "html");
            message.setContent(new MimeMultipart("alternative", textPart, htmlPart));
        }
        return message;
    }

    public static void send(int smtpPort, String from, String to, String subject, String text, String html)
            throws MessagingException {
        Transport.send(message(smtpPort, from, to, subject, text, html));
    }
}
