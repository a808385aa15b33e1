package org.rematch.forums.membership;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.rematch.contracts.forums.JoinedVia;
import org.rematch.contracts.forums.MemberLeft;
import org.rematch.forums.forum.ForumCatalog;
import org.rematch.forums.forum.domain.Actor;
import org.rematch.forums.forum.domain.Forum;
import org.rematch.forums.membership.domain.Membership;
import org.rematch.forums.web.PageView;
import org.rematch.forums.web.Paging;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;

@Service
class MembershipService {

    private final ForumCatalog catalog;
    private final Memberships memberships;
    private final MemberCounts counts;
    private final JoinChecks checks;
    private final Clock clock;

    MembershipService(ForumCatalog catalog, Memberships memberships, MemberCounts counts, JoinChecks checks, Clock clock) {
        this.catalog = catalog;
        this.memberships = memberships;
        this.counts = counts;
        this.checks = checks;
        this.clock = clock;
    }

    Joined join(String forumId, Actor actor, String displayName) {
        return join(forumId, actor, displayName, JoinedVia.SELF);
    }

    /** Joins as above, saying how the person came to join (themselves, or a recommendation as they asked). */
    Joined join(String forumId, Actor actor, String displayName, JoinedVia via) {
        Forum forum = catalog.require(forumId);
        Membership membership = Membership.join(forum, actor, displayName, now(), via);
        if (!memberships.exists(forumId, actor.accountId())) {
            checks.requireMayJoin(forumId, actor);
        }
        boolean isNew = memberships.insert(membership, forum.name());
        if (isNew) {
            counts.refresh(forumId);
        }
        return new Joined(mine(forumId, actor), isNew);
    }

    /** Leaves the forum; leaving a forum one is not a member of changes nothing (and is not an error). */
    void leave(String forumId, Actor actor) {
        catalog.require(forumId);
        Instant now = now();
        if (memberships.end(forumId, actor.accountId(), now, Optional.of(new MemberLeft(forumId, actor.accountId(), now)))) {
            counts.refresh(forumId);
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    MemberView mine(String forumId, Actor actor) {
        catalog.require(forumId);
        return memberships.find(forumId, actor.accountId()).map(MembershipDocument::view)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "You are not a member of this forum"));
    }

    PageView<MemberView> members(String forumId, Actor actor, Paging paging) {
        Forum forum = catalog.require(forumId);
        Membership.requireMaySeeMembers(forum, actor, memberships.exists(forumId, actor.accountId()));
        return PageView.of(memberships.page(forumId, paging).stream().map(MembershipDocument::view).toList(), paging,
                memberships.count(forumId));
    }
}
