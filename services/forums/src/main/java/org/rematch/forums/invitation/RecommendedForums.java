package org.rematch.forums.invitation;

import java.time.Clock;
import java.time.Instant;
import org.rematch.contracts.accounts.Role;
import org.rematch.contracts.forums.ForumState;
import org.rematch.contracts.forums.JoinedVia;
import org.rematch.contracts.mentees.ForumJoining;
import org.rematch.contracts.pairings.ForumsRecommended;
import org.rematch.contracts.pairings.ForumsRecommended.RecommendedForum;
import org.rematch.forums.forum.ForumCatalog;
import org.rematch.forums.forum.domain.Actor;
import org.rematch.forums.membership.Joining;
import org.rematch.forums.membership.Members;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * What forums does with matching's recommendations: for each forum, joins the mentee if they asked for that
 * ({@link ForumJoining#JOIN_AUTOMATICALLY}), or invites them. Never where it would go against a choice or a rule: not
 * into a forum that is gone or archived, nor one they are banned from or suspended, and a forum they left once gets
 * an invitation rather than taking them back unasked. Repeating a recommendation changes nothing.
 */
@Service
class RecommendedForums {

    private static final Logger log = LoggerFactory.getLogger(RecommendedForums.class);

    private final ForumCatalog catalog;
    private final Members members;
    private final Joining joining;
    private final Invitations invitations;
    private final Clock clock;

    RecommendedForums(ForumCatalog catalog, Members members, Joining joining, Invitations invitations, Clock clock) {
        this.catalog = catalog;
        this.members = members;
        this.joining = joining;
        this.invitations = invitations;
        this.clock = clock;
    }

    void act(ForumsRecommended recommended) {
        if (recommended.forums() == null) {
            return;
        }
        Actor mentee = Actor.of(recommended.menteeId(), Role.MENTEE);
        recommended.forums().forEach(forum -> act(forum, mentee, recommended));
    }

    private void act(RecommendedForum forum, Actor mentee, ForumsRecommended recommended) {
        String forumId = forum.forumId();
        boolean joinable = catalog.find(forumId).filter(f -> f.state() != ForumState.ARCHIVED).isPresent();
        if (!joinable || members.isMember(forumId, mentee.accountId()) || !joining.mayJoin(forumId, mentee)) {
            return;
        }
        if (recommended.joining() == ForumJoining.JOIN_AUTOMATICALLY && !members.leftBefore(forumId, mentee.accountId())) {
            joining.join(forumId, mentee, recommended.menteeDisplayName(), JoinedVia.RECOMMENDATION);
            log.debug("Mentee {} joined forum {} on recommendation", mentee.accountId(), forumId);
        } else {
            invitations.invite(forumId, mentee.accountId(), forum.sharedTags(), at(recommended));
        }
    }

    private Instant at(ForumsRecommended recommended) {
        return recommended.recommendedAt() == null ? clock.instant() : recommended.recommendedAt();
    }
}
