package org.rematch.forums.forum;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongSupplier;
import org.rematch.forums.forum.domain.Forum;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * What the other features of forums (memberships, threads, the export) may ask of forums, and the one change they may
 * make: the member count. Keeps the forum documents and their outbox inside this package.
 */
@Component
public class ForumCatalog {

    private static final Logger log = LoggerFactory.getLogger(ForumCatalog.class);
    /** Each attempt recounts, so a lost race usually finds the winner wrote the right count already. */
    private static final int COUNT_ATTEMPTS = 10;

    private final Forums forums;

    ForumCatalog(Forums forums) {
        this.forums = forums;
    }

    public Optional<Forum> find(String forumId) {
        return forums.find(forumId).map(ForumDocument::toForum);
    }

    /** The forum, or a 404 problem. Forums are public to everyone signed in, so their existence is no secret. */
    public Forum require(String forumId) {
        return find(forumId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No forum with id " + forumId));
    }

    /** The names of the forums with these ids; a forum that no longer exists is left out. */
    public Map<String, String> names(Collection<String> forumIds) {
        return forumIds.isEmpty() ? Map.of() : forums.names(forumIds);
    }

    /** Every forum's id and the member count it publishes. */
    public Map<String, Integer> memberCounts() {
        return forums.memberCounts();
    }

    /** The forums {@code accountId} created or moderates, and their part in each. */
    public List<ForumInvolvement> involving(String accountId) {
        return forums.involving(accountId).stream()
                .map(forum -> new ForumInvolvement(forum.forumId(), forum.name(), forum.state(), accountId.equals(forum.createdBy()),
                        forum.moderators().contains(accountId), forum.createdAt()))
                .toList();
    }

    /**
     * Brings the forum's member count in line with {@code count} (the memberships as counted now) and, if it changed,
     * publishes the forum's snapshot with a new version, in the same single-document update (the outbox). Counting
     * rather than adding one makes it idempotent and self-correcting: whoever writes last writes a count taken after
     * every membership change before it. Returns false only if every attempt met a concurrent change; the member
     * count sweep corrects that later.
     */
    public boolean recordMemberCount(String forumId, LongSupplier count) {
        for (int attempt = 0; attempt < COUNT_ATTEMPTS; attempt++) {
            Optional<ForumDocument> current = forums.find(forumId);
            if (current.isEmpty()) {
                return true;
            }
            int counted = Math.toIntExact(count.getAsLong());
            if (current.get().memberCount() == counted || forums.replace(current.get().toForum().withMemberCount(counted), Optional.empty())) {
                return true;
            }
        }
        log.warn("Member count of forum {} not recorded after {} concurrent changes; the sweep will correct it", forumId,
                COUNT_ATTEMPTS);
        return false;
    }
}
