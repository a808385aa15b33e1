package org.rematch.forums.forum;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.rematch.forums.forum.domain.Actor;
import org.rematch.forums.forum.domain.Forum;
import org.rematch.forums.forum.domain.PathTag;
import org.rematch.forums.markdown.Markdown;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;

@Service
class ForumService {

    /** Attempts at a change that keeps meeting a concurrent one before the caller is told to retry. */
    private static final int CHANGE_ATTEMPTS = 3;

    private final Forums forums;
    private final Markdown markdown;
    private final Clock clock;

    ForumService(Forums forums, Markdown markdown, Clock clock) {
        this.forums = forums;
        this.markdown = markdown;
        this.clock = clock;
    }

    ForumView create(ForumRequest request, Actor creator) {
        Forum forum = Forum.open(UUID.randomUUID().toString(), request.name(), request.description(), request.rules(),
                request.tags(), creator);
        try {
            return view(forums.insert(forum, clock.instant()));
        } catch (DuplicateKeyException sameName) {
            throw nameTaken(forum.name());
        }
    }

    ForumView edit(String forumId, ForumRequest request, Actor actor) {
        return change(forumId, forum -> forum.edit(actor, request.name(), request.description(), request.rules(),
                request.tags()));
    }

    ForumView archive(String forumId, Actor actor) {
        return change(forumId, forum -> forum.archive(actor));
    }

    ForumView lock(String forumId, Actor actor) {
        return change(forumId, forum -> forum.lock(actor));
    }

    ForumView reopen(String forumId, Actor actor) {
        return change(forumId, forum -> forum.reopen(actor));
    }

    ForumView appoint(String forumId, String accountId, Actor actor) {
        ruled(() -> existing(forumId).toForum().appoint(actor, accountId));
        forums.addModerator(forumId, accountId.strip());
        return one(forumId);
    }

    ForumView one(String forumId) {
        return view(existing(forumId));
    }

    List<ForumView> list(Optional<PathTag> tag) {
        return forums.list(tag).stream().map(this::view).toList();
    }

    private ForumView view(ForumDocument document) {
        return ForumView.of(document, markdown);
    }

    /** Applies a domain change to the current version, retrying when a concurrent change got there first. */
    private ForumView change(String forumId, UnaryOperator<Forum> rule) {
        for (int attempt = 0; attempt < CHANGE_ATTEMPTS; attempt++) {
            Forum current = existing(forumId).toForum();
            Forum revised = ruled(() -> rule.apply(current));
            try {
                if (forums.replace(revised, revised.stateChangeSince(current, clock.instant()))) {
                    return one(forumId);
                }
            } catch (DuplicateKeyException sameName) {
                throw nameTaken(revised.name());
            }
        }
        throw new ResponseStatusException(HttpStatus.CONFLICT, "The forum was changed concurrently; please retry");
    }

    private ForumDocument existing(String forumId) {
        return forums.find(forumId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No forum with id " + forumId));
    }

    /** Runs a domain rule, turning its refusals into HTTP answers: not a moderator of it → 403, wrong state → 409. */
    private static Forum ruled(Supplier<Forum> rule) {
        try {
            return rule.get();
        } catch (Forum.NotAllowed e) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, e.getMessage());
        } catch (Forum.InvalidTransition e) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, e.getMessage());
        }
    }

    private static ResponseStatusException nameTaken(String name) {
        return new ResponseStatusException(HttpStatus.CONFLICT, "A forum named '" + name + "' already exists");
    }
}
