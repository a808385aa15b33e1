package org.rematch.devstack.mail;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class MessagePartsTest {

    @Test
    void findsTextAndHtmlNestedAsSpringNestsThemAndSkipsAttachments() throws Exception {
        MimeBodyPart attachment = new MimeBodyPart();
        attachment.setText("not the body");
        attachment.setDisposition(Part.ATTACHMENT);
        MimeBodyPart text = new MimeBodyPart();
        text.setText("the text", "UTF-8");
        MimeBodyPart html = new MimeBodyPart();
        html.setText("<p>the html</p>", "UTF-8", "html");
        MimeBodyPart related = new MimeBodyPart();
        related.setContent(new MimeMultipart("related", wrap(new MimeMultipart("alternative", text, html))));
        MimeMessage message = new MimeMessage(Session.getInstance(new Properties()));
        message.setContent(new MimeMultipart("mixed", attachment, related));
        message.saveChanges();

        assertThat(MessageParts.of(message)).isEqualTo(new MessageParts("the text", "<p>the html</p>"));
    }

    @Test
    void aPlainMessageHasNoHtml() throws Exception {
        MimeMessage message = new MimeMessage(Session.getInstance(new Properties()));
        message.setText("only text", "UTF-8");
        message.saveChanges();

        assertThat(MessageParts.of(message)).isEqualTo(new MessageParts("only text", null));
    }

    private static MimeBodyPart wrap(MimeMultipart multipart) throws Exception {
        MimeBodyPart part = new MimeBodyPart();
        part.setContent(multipart);
        return part;
    }
}
