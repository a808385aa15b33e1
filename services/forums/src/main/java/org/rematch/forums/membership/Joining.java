package org.rematch.forums.membership;

import org.rematch.contracts.forums.JoinedVia;
import org.rematch.forums.forum.domain.Actor;
import org.springframework.stereotype.Component;

/**
 * How other features of forums join someone to a forum (a recommendation the mentee asked to be joined by, an accepted
 * invitation): by the same rules as joining oneself. Apart from {@link Members} because those rules ask moderation
 * (JoinChecks), which itself asks Members.
 */
@Component
public class Joining {

    private final MembershipService service;
    private final JoinChecks checks;

    Joining(MembershipService service, JoinChecks checks) {
        this.service = service;
        this.checks = checks;
    }

    /** Whether no ban or suspension keeps {@code actor} from joining the forum. */
    public boolean mayJoin(String forumId, Actor actor) {
        return checks.mayJoin(forumId, actor);
    }

    /**
     * Joins {@code actor} to the forum, {@code via} saying how; refused (Forum.NotAllowed, Forum.InvalidTransition, a
     * sanction) where joining oneself would be.
     */
    public Joined join(String forumId, Actor actor, String displayName, JoinedVia via) {
        return service.join(forumId, actor, displayName, via);
    }
}
