package org.rematch.contracts.forums;

import java.util.Set;

/** A forum on {@code forums.forums}. Tags are path tags such as {@code specialty:IM}, {@code country:PK}, {@code visa:J1}. */
public record ForumSnapshot(String forumId, long version, String name, Set<String> tags, ForumState state, int memberCount) {
}
