package org.rematch.notifications.email.core;

/** Someone an email is for or tells about: the name they go by (may be blank) and their address. */
public record Person(String displayName, String email) {
}
