package org.rematch.notifications.inbox.core;

import java.util.Collection;

/** What paging an urgent report needs to know about the people who can answer it, beside the forum's own moderators. */
public interface Staff {

    /** The platform's admins, paged when a forum has no moderator left to page. */
    Collection<String> admins();

    /** Whether the account was erased: nobody would read a page sent to it, so someone else must be paged. */
    boolean erased(String accountId);
}
