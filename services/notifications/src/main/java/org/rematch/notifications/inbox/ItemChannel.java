package org.rematch.notifications.inbox;

import org.rematch.notifications.inbox.core.InboxItem;

/**
 * Another way an inbox item reaches its recipient (email), whose pending work is stored in the item's own document, in
 * field {@link #field()}, by the very insert that creates the item: an item never exists without the channel's decision,
 * and a redelivered event, whose insert is ignored, never makes the channel act twice. The channel then works through
 * the stored decisions on its own.
 */
public interface ItemChannel {

    /** The field of the stored item that holds this channel's state. */
    String field();

    /** What the channel will do with a new item, stored with it. */
    Object decide(InboxItem item);

    /** What the channel holds on the person (e.g. what it sent them), for their data export. */
    Object heldOn(String accountId);
}
