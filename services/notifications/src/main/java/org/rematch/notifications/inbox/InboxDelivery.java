package org.rematch.notifications.inbox;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.rematch.notifications.inbox.core.InboxItem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Puts a rendered item into its recipient's inbox, the same way for every topic: once (its id comes from the event, so a
 * second insert is ignored), with what its other channels (email) will do stored in the same insert, then erased at once
 * if the event arrived after someone it concerns was erased.
 */
@Component
class InboxDelivery {

    private static final Logger log = LoggerFactory.getLogger(InboxDelivery.class);

    private final InboxStore inbox;
    private final InboxErasure erasure;
    private final List<ItemChannel> channels;

    InboxDelivery(InboxStore inbox, InboxErasure erasure, List<ItemChannel> channels) {
        this.inbox = inbox;
        this.erasure = erasure;
        this.channels = List.copyOf(channels);
    }

    void deliver(InboxItem item) {
        Map<String, Object> channelStates = channels.stream().collect(Collectors.toMap(ItemChannel::field, channel -> channel.decide(item)));
        if (inbox.insertOnce(item, channelStates)) {
            log.debug("{} item {} for {}", item.type(), item.id(), item.recipientId());
        }
        erasure.afterInsert(item);
    }
}
