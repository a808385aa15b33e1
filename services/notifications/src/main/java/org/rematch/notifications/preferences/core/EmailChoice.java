package org.rematch.notifications.preferences.core;

/** How a person wants to hear by email about one type of inbox item. The inbox itself always has every item. */
public enum EmailChoice {
    /** One email for each item, as soon as it arrives. */
    IMMEDIATELY,
    /** The day's items of the type in one email, at the daily digest time (low-priority types only). */
    DAILY_DIGEST,
    /** No email; the item is in the inbox only. */
    OFF
}
