package org.rematch.forums.forum.domain;

import java.util.Collections;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.rematch.contracts.forums.ForumState;

/**
 * A peer forum for people on the same path. Names are unique regardless of case and spacing ({@link #nameKey});
 * every change raises the version its snapshot carries.
 */
public record Forum(String forumId, long version, String name, String description, SortedSet<PathTag> tags, ForumState state,
        int memberCount, String createdBy) {

    public static final int MAX_NAME = 80;
    public static final int MAX_DESCRIPTION = 500;
    public static final int MIN_TAGS = 1;
    public static final int MAX_TAGS = 10;

    public Forum {
        Objects.requireNonNull(forumId, "forumId");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(createdBy, "createdBy");
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
        if (tags == null || tags.size() < MIN_TAGS || tags.size() > MAX_TAGS) {
            throw new IllegalArgumentException("a forum has " + MIN_TAGS + " to " + MAX_TAGS + " tags");
        }
        tags = Collections.unmodifiableSortedSet(new TreeSet<>(tags));
        if (version < 1 || memberCount < 0) {
            throw new IllegalArgumentException("version starts at 1 and memberCount at 0");
        }
    }

    /** A new forum: version 1, open, no members yet. Tags are read with {@link PathTag#parse}. */
    public static Forum open(String forumId, String name, String description, Set<String> tags, String createdBy) {
        SortedSet<PathTag> parsed = new TreeSet<>();
        if (tags != null) {
            tags.forEach(tag -> parsed.add(PathTag.parse(tag)));
        }
        return new Forum(forumId, 1, name, description, parsed, ForumState.OPEN, 0, createdBy);
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
}
