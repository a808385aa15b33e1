package org.rematch.contracts;

/** Every Kafka topic name in one place. Dead-letter topics add {@link #DEAD_LETTER_SUFFIX}. */
public final class Topics {

    /** Compacted, key accountId: account snapshot (contact details and roles). */
    public static final String ACCOUNTS = "profiles.accounts";
    /** Compacted, key menteeId: mentee path snapshot with what changed. */
    public static final String MENTEES = "profiles.mentees";
    /** Compacted, key mentorId: mentor listing snapshot. */
    public static final String MENTORS = "directory.mentors";
    /** Compacted, key forumId: forum snapshot. */
    public static final String FORUMS = "forums.forums";
    /** Domain events, key forumId: what happens in the forums (joins, reports, moderation) for notifications. */
    public static final String FORUM_ACTIVITY = "forums.activity";
    /** Domain events, key menteeId: the story of a mentee's pairings. */
    public static final String PAIRINGS = "matching.pairings";
    /** Domain events, key mentorId: what matching learns about a mentor, such as that they stopped answering. */
    public static final String MENTOR_ACTIVITY = "matching.mentors";

    /** Spring Kafka 4's DeadLetterPublishingRecoverer default suffix. */
    public static final String DEAD_LETTER_SUFFIX = "-dlt";

    private Topics() {
    }

    public static String deadLetterOf(String topic) {
        return topic + DEAD_LETTER_SUFFIX;
    }
}
