package org.rematch.notifications.email.core;

import java.util.Objects;

/** Absolute links into the app for emails, which are read outside it: the public address followed by the item's link. */
public record Links(String publicUrl) {

    public Links {
        Objects.requireNonNull(publicUrl, "publicUrl");
        publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    /** {@code path} (an item's link such as "/pairings/42") under the public address. */
    public String to(String path) {
        if (path == null || path.isBlank()) {
            return publicUrl + "/";
        }
        return publicUrl + (path.startsWith("/") ? path : "/" + path);
    }
}
