package org.rematch.notifications;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.test.context.DynamicPropertyRegistrar;

/**
 * A real SMTP server (GreenMail) for the whole test run, on a free port. {@link Config} lives in the test sources under
 * the application's package, so component scanning makes it part of every notifications test context (all integration
 * tests share one context): the service sends to this server, and its sender and retries run at test speed. Tests tell
 * their emails apart by recipient (each uses fresh account ids, and addresses made from them).
 */
public final class TestMailServer {

    private static GreenMail server;

    private TestMailServer() {
    }

    /** One received email, its two parts decoded. */
    public record Email(MimeMessage message, String from, String subject, String contentType, String text, String html) {

        public String header(String name) {
            try {
                return message.getHeader(name, ",");
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** The port it listens on, starting it the first time. */
    public static synchronized int port() {
        if (server == null) {
            server = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        }
        return server.getSmtp().getPort();
    }

    /** Stops it, as an SMTP outage would: connections are refused until {@link #restart()}. */
    public static synchronized void stop() {
        server.stop();
    }

    /** Starts it again on the same port, keeping what it received before. */
    public static synchronized void restart() {
        server.start();
    }

    /** Every email received for {@code address}, oldest first. */
    public static synchronized List<Email> emailsTo(String address) {
        return Arrays.stream(server.getReceivedMessages()).filter(message -> isFor(message, address)).map(TestMailServer::read).toList();
    }

    private static boolean isFor(MimeMessage message, String address) {
        try {
            Address[] recipients = message.getAllRecipients();
            return recipients != null && Arrays.stream(recipients).anyMatch(recipient -> recipient.toString().equalsIgnoreCase(address));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Email read(MimeMessage message) {
        try {
            String text = null;
            String html = null;
            if (message.getContent() instanceof MimeMultipart parts) {
                for (int i = 0; i < parts.getCount(); i++) {
                    BodyPart part = parts.getBodyPart(i);
                    if (part.isMimeType("text/plain")) {
                        text = (String) part.getContent();
                    } else if (part.isMimeType("text/html")) {
                        html = (String) part.getContent();
                    }
                }
            }
            return new Email(message, message.getFrom()[0].toString(), message.getSubject(), message.getContentType(), text, html);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Configuration(proxyBeanMethods = false)
    public static class Config {

        @Bean
        DynamicPropertyRegistrar testMailServer() {
            return registry -> {
                registry.add("spring.mail.host", () -> "127.0.0.1");
                registry.add("spring.mail.port", TestMailServer::port);
                registry.add("rematch.notifications.mail.poll-interval", () -> "100ms");
                registry.add("rematch.notifications.mail.retry-first", () -> "300ms");
                registry.add("rematch.notifications.mail.retry-max", () -> "1s");
                registry.add("rematch.notifications.mail.address-wait", () -> "200ms");
            };
        }
    }
}
