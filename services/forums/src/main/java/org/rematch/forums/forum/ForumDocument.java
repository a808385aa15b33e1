package org.rematch.forums.forum;

import java.time.Instant;
import java.util.List;
import org.rematch.contracts.forums.ForumState;
import org.rematch.forums.forum.domain.Forum;
import org.rematch.kit.outbox.OutboxEvent;
import org.springframework.data.annotation.Id;

/**
 * A forum as stored in {@code forums}: _id is the forum id, nameKey (unique index) keeps names unique regardless of
 * case, the outbox holds snapshots not yet published.
 */
record ForumDocument(
        @Id String forumId,
        long version,
        String name,
        String nameKey,
        String description,
        List<String> tags,
        ForumState state,
        int memberCount,
        String createdBy,
        Instant createdAt,
        List<OutboxEvent> outbox) {

    static final String COLLECTION = "forums";

    static ForumDocument of(Forum forum, Instant createdAt, List<OutboxEvent> outbox) {
        return new ForumDocument(forum.forumId(), forum.version(), forum.name(), forum.nameKey(), forum.description(),
                List.copyOf(forum.tagNames()), forum.state(), forum.memberCount(), forum.createdBy(), createdAt, outbox);
    }
}
