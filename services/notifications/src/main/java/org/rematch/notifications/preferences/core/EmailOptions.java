package org.rematch.notifications.preferences.core;

import java.util.List;
import org.rematch.notifications.inbox.core.InboxItemType;

/**
 * What a person may choose for the emails of each type of inbox item, what they get until they choose, and how the
 * type is named to them. The switches have no default: a new type of item does not compile until it is decided here.
 */
public final class EmailOptions {

    private static final List<EmailChoice> ON_OR_OFF = List.of(EmailChoice.IMMEDIATELY, EmailChoice.OFF);
    private static final List<EmailChoice> ANY = List.of(EmailChoice.IMMEDIATELY, EmailChoice.DAILY_DIGEST, EmailChoice.OFF);

    private EmailOptions() {
    }

    /**
     * The choices open for a type. Urgent safety reports always email: a moderator (or, in a forum without one, an admin)
     * may be the only person who can act while someone is at risk, and the inbox is only seen when they sign in; the
     * way to stop them is to stop moderating. The types that ask nothing of the person and can come several at once (a
     * forum recommendation joining a mentee to five forums) may go in a daily digest instead; so may a mentorship's end,
     * which needs no answer either. The rest are about something with a deadline or a consequence now (a proposal to
     * answer, a mute, a mentor found), which a digest would deliver too late.
     */
    public static List<EmailChoice> allowed(InboxItemType type) {
        return switch (type) {
            case MODERATION_URGENT -> List.of(EmailChoice.IMMEDIATELY);
            case FORUMS_RECOMMENDED, FORUM_JOINED, PAIRING_ENDED -> ANY;
            case PAIRING_PROPOSED, PAIRING_REMINDER, PAIRING_ACCEPTED, PAIRING_REMATCHING, POST_HIDDEN, MUTED, BANNED,
                    SUSPENDED -> ON_OR_OFF;
        };
    }

    /**
     * What a person gets before they choose: an email at once for everything that asks something of them or changes what
     * they can do, and the daily digest for forum news, which asks nothing urgent and can come several at once. A
     * mentorship's end is told at once: the person may be left waiting for a new mentor.
     */
    public static EmailChoice byDefault(InboxItemType type) {
        return switch (type) {
            case FORUMS_RECOMMENDED, FORUM_JOINED -> EmailChoice.DAILY_DIGEST;
            case PAIRING_PROPOSED, PAIRING_REMINDER, PAIRING_ACCEPTED, PAIRING_REMATCHING, PAIRING_ENDED, MODERATION_URGENT,
                    POST_HIDDEN, MUTED, BANNED, SUSPENDED -> EmailChoice.IMMEDIATELY;
        };
    }

    /** Whether the person may turn these emails off. */
    public static boolean canTurnOff(InboxItemType type) {
        return allowed(type).contains(EmailChoice.OFF);
    }

    /** The emails of a type as a person would name them: "emails about …". */
    public static String about(InboxItemType type) {
        return switch (type) {
            case PAIRING_PROPOSED -> "new mentee proposals and requests";
            case PAIRING_REMINDER -> "reminders to answer a proposal";
            case PAIRING_ACCEPTED -> "a mentor accepting you";
            case PAIRING_REMATCHING -> "our search for your next mentor";
            case PAIRING_ENDED -> "a mentorship ending";
            case FORUMS_RECOMMENDED -> "forums recommended to you";
            case FORUM_JOINED -> "forums you were joined to";
            case MODERATION_URGENT -> "urgent safety reports in the forums you look after";
            case POST_HIDDEN -> "your posts being hidden";
            case MUTED -> "being muted in a forum";
            case BANNED -> "being banned from a forum";
            case SUSPENDED -> "being suspended from the forums";
        };
    }
}
