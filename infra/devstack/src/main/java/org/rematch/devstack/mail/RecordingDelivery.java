package org.rematch.devstack.mail;

import com.icegreen.greenmail.mail.MailAddress;
import com.icegreen.greenmail.mail.MovingMessage;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.user.MessageDeliveryHandler;
import com.icegreen.greenmail.user.UserException;
import jakarta.mail.MessagingException;
import java.util.Collections;
import java.util.Set;
import java.util.WeakHashMap;

/**
 * Puts each message GreenMail receives into the {@link Mailbox} once, then lets GreenMail deliver it as it would
 * (its default handler creates a user for any address, which is what accepting mail for everyone needs).
 */
final class RecordingDelivery implements MessageDeliveryHandler {

    private final Mailbox mailbox;
    private final MessageDeliveryHandler greenMailDelivery;
    /** GreenMail calls the handler once per recipient with the same MovingMessage (no equals: identity). */
    private final Set<MovingMessage> recorded =
            Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));

    RecordingDelivery(Mailbox mailbox, MessageDeliveryHandler greenMailDelivery) {
        this.mailbox = mailbox;
        this.greenMailDelivery = greenMailDelivery;
    }

    @Override
    public GreenMailUser handle(MovingMessage message, MailAddress recipient) throws MessagingException, UserException {
        if (recorded.add(message)) {
            mailbox.add(message.getMessage(), message.getToAddresses().stream().map(MailAddress::getEmail).toList());
        }
        return greenMailDelivery.handle(message, recipient);
    }
}
