package org.rematch.forums.forum;

import java.time.Instant;
import java.util.List;
import java.util.TreeSet;
import org.rematch.contracts.forums.ForumState;
import org.rematch.forums.forum.domain.Forum;
import org.rematch.forums.forum.domain.PathTag;
import org.rematch.kit.outbox.OutboxEvent;
import org.springframework.data.annotation.Id;

/**
 * A forum as stored in {@code forums}: _id is the forum id, nameKey (unique index) keeps names unique regardless of
 * case, moderators are account ids, createdBy is null once the creator's account was erased, the outbox holds
 * snapshots not yet published.
 */
record ForumDocument(
        @Id String forumId,
        long version,
        String name,
        String nameKey,
        String description,
        String rules,
        List<String> tags,
        ForumState state,
        int memberCount,
        String createdBy,
        List<String> moderators,
        Instant createdAt,
        List<OutboxEvent> outbox) {

    static final String COLLECTION = "forums";

    ForumDocument {
        moderators = moderators == null ? List.of() : moderators;
    }

    static ForumDocument of(Forum forum, Instant createdAt, List<OutboxEvent> outbox) {
        return new ForumDocument(forum.forumId(), forum.version(), forum.name(), forum.nameKey(), forum.description(),
                forum.rules(), List.copyOf(forum.tagNames()), forum.state(), forum.memberCount(), forum.createdBy(),
                List.copyOf(forum.moderators()), createdAt, outbox);
    }

    Forum toForum() {
        TreeSet<PathTag> parsed = new TreeSet<>();
        tags.forEach(tag -> parsed.add(PathTag.parse(tag)));
        return new Forum(forumId, version, name, description, rules, parsed, state, memberCount, createdBy, new TreeSet<>(moderators));
    }
}
