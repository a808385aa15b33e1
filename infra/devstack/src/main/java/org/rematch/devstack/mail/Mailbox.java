package org.rematch.devstack.mail;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Every message received, in memory only: a development mailbox needs no more, and so nothing survives a restart of
 * the platform. Thread-safe: SMTP sessions add while the page reads.
 */
public final class Mailbox {

    private final Clock clock;
    private final List<ReceivedMail> received = new ArrayList<>();

    public Mailbox(Clock clock) {
        this.clock = clock;
    }

    /** Keeps a message delivered to {@code recipients} (the SMTP envelope's). */
    public ReceivedMail add(MimeMessage message, List<String> recipients) throws MessagingException {
        MessageParts parts;
        try {
            parts = MessageParts.of(message);
        } catch (IOException | MessagingException e) {
            // still list the message: who got what is worth seeing even when its body is broken
            parts = new MessageParts("(the mailbox could not read this message's body: " + e.getMessage() + ")", null);
        }
        String subject = message.getSubject() == null ? "" : message.getSubject();
        synchronized (received) {
            ReceivedMail mail = new ReceivedMail(received.size() + 1L, clock.instant().truncatedTo(ChronoUnit.MILLIS),
                    addresses(message.getFrom()), recipients, subject, parts.text(), parts.html());
            received.add(mail);
            return mail;
        }
    }

    public List<ReceivedMail> newestFirst() {
        synchronized (received) {
            return received.reversed().stream().toList();
        }
    }

    public Optional<ReceivedMail> find(long id) {
        synchronized (received) {
            return id >= 1 && id <= received.size() ? Optional.of(received.get((int) (id - 1))) : Optional.empty();
        }
    }

    private static String addresses(Address[] addresses) {
        if (addresses == null) {
            return "";
        }
        return Arrays.stream(addresses)
                .map(address -> address instanceof InternetAddress named ? named.toUnicodeString() : address.toString())
                .collect(Collectors.joining(", "));
    }
}
