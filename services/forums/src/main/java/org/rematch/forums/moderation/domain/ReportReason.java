package org.rematch.forums.moderation.domain;

/**
 * Why someone reports a post or a member. MISINFORMATION covers what hurts this community most: people selling a
 * "guaranteed match" or fake observerships to desperate applicants. SELF_HARM is the one reason that cannot wait for
 * the next moderator shift, so it is {@link #urgent()}.
 */
public enum ReportReason {
    SPAM, HARASSMENT, MISINFORMATION, SELF_HARM, OTHER;

    /** Urgent reports go to the top of the queue at once and are told on forums.activity marked urgent, for notifications to page the moderators. */
    public boolean urgent() {
        return this == SELF_HARM;
    }
}
