package org.rematch.forums.forum.domain;

import java.time.Instant;
import java.util.Collections;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.rematch.contracts.accounts.Role;
import org.rematch.contracts.forums.ForumActivity;
import org.rematch.contracts.forums.ForumArchived;
import org.rematch.contracts.forums.ForumLocked;
import org.rematch.contracts.forums.ForumState;

/**
 * A peer forum for people on the same path. Names are unique regardless of case and spacing ({@link #nameKey});
 * every change that readers of forums.forums see (name, tags, state, member count) raises the version its snapshot
 * carries.
 *
 * <p>Who moderates: the forum's own moderators (account ids in {@link #moderators}, who must also hold the MODERATOR
 * role) and every ADMIN. A MODERATOR who creates a forum becomes its first moderator; an ADMIN who creates one does
 * not (admins moderate every forum anyway and appoint moderators with {@link #appoint}). {@code createdBy} is null
 * once the creator's account was erased.
 */
public record Forum(String forumId, long version, String name, String description, String rules, SortedSet<PathTag> tags,
        ForumState state, int memberCount, String createdBy, SortedSet<String> moderators) {

    public static final int MAX_NAME = 80;
    public static final int MAX_DESCRIPTION = 500;
    public static final int MAX_RULES = 5000;
    public static final int MIN_TAGS = 1;
    public static final int MAX_TAGS = 10;

    public Forum {
        Objects.requireNonNull(forumId, "forumId");
        Objects.requireNonNull(state, "state");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("name must not be blank");
        }
        name = name.strip();
        if (name.length() > MAX_NAME) {
            throw new IllegalArgumentException("name must be at most " + MAX_NAME + " characters");
        }
        description = description == null || description.isBlank() ? null : description.strip();
        if (description != null && description.length() > MAX_DESCRIPTION) {
            throw new IllegalArgumentException("description must be at most " + MAX_DESCRIPTION + " characters");
        }
        rules = rules == null || rules.isBlank() ? null : rules.strip();
        if (rules != null && rules.length() > MAX_RULES) {
            throw new IllegalArgumentException("rules must be at most " + MAX_RULES + " characters");
        }
        if (tags == null || tags.size() < MIN_TAGS || tags.size() > MAX_TAGS) {
            throw new IllegalArgumentException("a forum has " + MIN_TAGS + " to " + MAX_TAGS + " tags");
        }
        tags = Collections.unmodifiableSortedSet(new TreeSet<>(tags));
        if (version < 1 || memberCount < 0) {
            throw new IllegalArgumentException("version starts at 1 and memberCount at 0");
        }
        moderators = Collections.unmodifiableSortedSet(moderators == null ? new TreeSet<>() : new TreeSet<>(moderators));
    }

    /** A new forum without rules by a moderator, who becomes its first moderator. */
    public static Forum open(String forumId, String name, String description, Set<String> tags, String createdBy) {
        return open(forumId, name, description, null, tags, Actor.of(createdBy, Role.MODERATOR));
    }

    /**
     * A new forum: version 1, open, no members yet. Rules are markdown, shown to everyone who opens the forum. Tags are
     * read with {@link PathTag#parse}. The creator becomes its first moderator if they hold the MODERATOR role.
     */
    public static Forum open(String forumId, String name, String description, String rules, Set<String> tags, Actor creator) {
        SortedSet<String> moderators = new TreeSet<>();
        if (creator.has(Role.MODERATOR)) {
            moderators.add(creator.accountId());
        }
        return new Forum(forumId, 1, name, description, rules, parse(tags), ForumState.OPEN, 0, creator.accountId(), moderators);
    }

    /** True if {@code actor} may moderate this forum: any admin, or one of its moderators who holds the MODERATOR role. */
    public boolean moderatedBy(Actor actor) {
        return actor.has(Role.ADMIN) || actor.has(Role.MODERATOR) && moderators.contains(actor.accountId());
    }

    /** New name, description, rules and tags, by one of its moderators; an archived forum must be reopened first. */
    public Forum edit(Actor actor, String newName, String newDescription, String newRules, Set<String> newTags) {
        requireModerator(actor);
        if (state == ForumState.ARCHIVED) {
            throw new InvalidTransition("The forum is archived; reopen it before changing it");
        }
        return new Forum(forumId, version + 1, newName, newDescription, newRules, parse(newTags), state, memberCount, createdBy,
                moderators);
    }

    /** Archives an open or locked forum. */
    public Forum archive(Actor actor) {
        requireModerator(actor);
        if (state == ForumState.ARCHIVED) {
            throw new InvalidTransition("The forum is already archived");
        }
        return withState(ForumState.ARCHIVED);
    }

    /**
     * Locks an open forum: it stays readable and joinable, but nobody starts threads, replies or edits until a
     * moderator reopens it (a cool-down, where archiving is an end).
     */
    public Forum lock(Actor actor) {
        requireModerator(actor);
        if (state == ForumState.LOCKED) {
            throw new InvalidTransition("The forum is already locked");
        }
        if (state == ForumState.ARCHIVED) {
            throw new InvalidTransition("The forum is archived; reopen it before locking it");
        }
        return withState(ForumState.LOCKED);
    }

    /**
     * The same forum counting {@code count} members. A new version: the count is part of the snapshot matching reads,
     * and matching applies only snapshots newer than the one it holds.
     */
    public Forum withMemberCount(int count) {
        return new Forum(forumId, version + 1, name, description, rules, tags, state, count, createdBy, moderators);
    }

    /**
     * Refuses writing (new threads, replies, edits) unless the forum is open: a locked forum is read-only, an archived
     * one closed for good. Deleting one's own post is not writing and is always allowed.
     */
    public void requireOpenForWriting() {
        if (state == ForumState.LOCKED) {
            throw new InvalidTransition(InvalidTransition.FORUM_LOCKED,
                    "The forum is locked: it can be read, but nobody can post until a moderator reopens it");
        }
        if (state == ForumState.ARCHIVED) {
            throw new InvalidTransition(InvalidTransition.FORUM_ARCHIVED,
                    "The forum is archived: it can be read, but nobody can post in it");
        }
    }

    /**
     * What readers of forums.activity learn from the change from {@code before} to this forum: that it was locked or
     * archived (reopening and edits are told by the forum's snapshot alone).
     */
    public Optional<ForumActivity> stateChangeSince(Forum before, Instant at) {
        if (state == before.state()) {
            return Optional.empty();
        }
        return switch (state) {
            case LOCKED -> Optional.of(new ForumLocked(forumId, name, at));
            case ARCHIVED -> Optional.of(new ForumArchived(forumId, name, at));
            case OPEN -> Optional.empty();
        };
    }

    /** Opens an archived or locked forum again. */
    public Forum reopen(Actor actor) {
        requireModerator(actor);
        if (state == ForumState.OPEN) {
            throw new InvalidTransition("The forum is already open");
        }
        return withState(ForumState.OPEN);
    }

    /**
     * Makes {@code accountId} a moderator of this forum; only an admin may. Appointing a moderator again changes
     * nothing. The version stays: moderators are not part of the forum's snapshot.
     */
    public Forum appoint(Actor actor, String accountId) {
        if (!actor.has(Role.ADMIN)) {
            throw new NotAllowed("Only an admin appoints moderators");
        }
        if (accountId == null || accountId.isBlank()) {
            throw new IllegalArgumentException("accountId must not be blank");
        }
        SortedSet<String> more = new TreeSet<>(moderators);
        more.add(accountId.strip());
        return new Forum(forumId, version, name, description, rules, tags, state, memberCount, createdBy, more);
    }

    /** What makes two names the same forum: case and surrounding or repeated whitespace do not count. */
    public static String nameKey(String name) {
        return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    public String nameKey() {
        return nameKey(name);
    }

    /** The tags in their canonical spelling, sorted. */
    public SortedSet<String> tagNames() {
        SortedSet<String> names = new TreeSet<>();
        tags.forEach(tag -> names.add(tag.toString()));
        return Collections.unmodifiableSortedSet(names);
    }

    private Forum withState(ForumState next) {
        return new Forum(forumId, version + 1, name, description, rules, tags, next, memberCount, createdBy, moderators);
    }

    private void requireModerator(Actor actor) {
        if (!moderatedBy(actor)) {
            throw new NotAllowed("You do not moderate this forum");
        }
    }

    private static SortedSet<PathTag> parse(Set<String> tags) {
        SortedSet<PathTag> parsed = new TreeSet<>();
        if (tags != null) {
            tags.forEach(tag -> parsed.add(PathTag.parse(tag)));
        }
        return parsed;
    }

    /**
     * The actor may not do this to this forum (or to something in it). {@code reason}, when given, is a stable code a
     * client can act on (NOT_A_MEMBER: offer to join), where the message is for people.
     */
    public static final class NotAllowed extends RuntimeException {
        public static final String NOT_A_MEMBER = "NOT_A_MEMBER";
        public static final String NOT_THE_AUTHOR = "NOT_THE_AUTHOR";

        private final String reason;

        public NotAllowed(String message) {
            this(null, message);
        }

        public NotAllowed(String reason, String message) {
            super(message);
            this.reason = reason;
        }

        /** A stable code for clients, or null. */
        public String reason() {
            return reason;
        }
    }

    /** The forum's state (or the state of something in it) does not allow the change; {@code reason} as above. */
    public static final class InvalidTransition extends RuntimeException {
        public static final String FORUM_LOCKED = "FORUM_LOCKED";
        public static final String FORUM_ARCHIVED = "FORUM_ARCHIVED";
        public static final String POST_DELETED = "POST_DELETED";

        private final String reason;

        public InvalidTransition(String message) {
            this(null, message);
        }

        public InvalidTransition(String reason, String message) {
            super(message);
            this.reason = reason;
        }

        /** A stable code for clients, or null. */
        public String reason() {
            return reason;
        }
    }
}
