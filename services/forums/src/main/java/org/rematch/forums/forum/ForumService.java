package org.rematch.forums.forum;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.rematch.forums.forum.domain.Forum;
import org.rematch.forums.forum.domain.PathTag;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;

@Service
class ForumService {

    private final Forums forums;
    private final Clock clock;

    ForumService(Forums forums, Clock clock) {
        this.forums = forums;
        this.clock = clock;
    }

    ForumView create(CreateForumRequest request, String createdBy) {
        Forum forum = Forum.open(UUID.randomUUID().toString(), request.name(), request.description(), request.tags(), createdBy);
        try {
            return ForumView.of(forums.insert(forum, clock.instant()));
        } catch (DuplicateKeyException sameName) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "A forum named '" + forum.name() + "' already exists");
        }
    }

    ForumView one(String forumId) {
        return forums.find(forumId).map(ForumView::of)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No forum with id " + forumId));
    }

    List<ForumView> list(Optional<PathTag> tag) {
        return forums.list(tag).stream().map(ForumView::of).toList();
    }
}
