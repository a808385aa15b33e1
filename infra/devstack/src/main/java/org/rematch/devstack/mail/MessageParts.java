package org.rematch.devstack.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import java.io.IOException;

/**
 * The first plain-text and the first HTML body of a message, wherever they sit in its MIME tree (Spring's
 * MimeMessageHelper nests them in multipart/mixed, related and alternative); attachments are skipped.
 */
record MessageParts(String text, String html) {

    private static final MessageParts NONE = new MessageParts(null, null);

    static MessageParts of(Part part) throws MessagingException, IOException {
        if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
            return NONE;
        }
        if (part.isMimeType("text/plain")) {
            return new MessageParts(part.getContent().toString(), null);
        }
        if (part.isMimeType("text/html")) {
            return new MessageParts(null, part.getContent().toString());
        }
        MessageParts found = NONE;
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                found = found.orElse(of(multipart.getBodyPart(i)));
            }
        }
        return found;
    }

    private MessageParts orElse(MessageParts later) {
        return new MessageParts(text != null ? text : later.text, html != null ? html : later.html);
    }
}
