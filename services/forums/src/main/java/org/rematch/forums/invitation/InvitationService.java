package org.rematch.forums.invitation;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.rematch.contracts.forums.ForumState;
import org.rematch.contracts.forums.JoinedVia;
import org.rematch.forums.forum.ForumCatalog;
import org.rematch.forums.forum.domain.Actor;
import org.rematch.forums.forum.domain.Forum;
import org.rematch.forums.membership.Joined;
import org.rematch.forums.membership.Joining;
import org.rematch.forums.membership.Members;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;

/**
 * A person's invitations: listed while they still lead somewhere (the forum exists, is not archived, and they are not
 * a member yet), accepted by joining, declined by removing them.
 */
@Service
class InvitationService {

    /** One recommendation invites to several forums at once; within it, by name, so the list reads the same each time. */
    private static final Comparator<InvitationView> NEWEST_FIRST_THEN_BY_NAME = Comparator.comparing(InvitationView::invitedAt)
            .reversed().thenComparing(InvitationView::forumName, String.CASE_INSENSITIVE_ORDER);

    private final Invitations invitations;
    private final ForumCatalog catalog;
    private final Members members;
    private final Joining joining;

    InvitationService(Invitations invitations, ForumCatalog catalog, Members members, Joining joining) {
        this.invitations = invitations;
        this.catalog = catalog;
        this.members = members;
        this.joining = joining;
    }

    List<InvitationView> mine(Actor actor) {
        List<InvitationDocument> open = invitations.of(actor.accountId());
        Map<String, Forum> forums = open.stream().map(invitation -> catalog.find(invitation.forumId()))
                .flatMap(Optional::stream)
                .filter(forum -> forum.state() != ForumState.ARCHIVED)
                .filter(forum -> !members.isMember(forum.forumId(), actor.accountId()))
                .collect(Collectors.toMap(Forum::forumId, Function.identity()));
        return open.stream().filter(invitation -> forums.containsKey(invitation.forumId()))
                .map(invitation -> view(invitation, forums.get(invitation.forumId())))
                .sorted(NEWEST_FIRST_THEN_BY_NAME)
                .toList();
    }

    /** Joins the forum the caller was invited to (by the usual rules) and closes the invitation. */
    Joined accept(String forumId, Actor actor, String displayName) {
        if (!invitations.exists(forumId, actor.accountId())) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "You have no invitation to forum " + forumId);
        }
        Joined joined = joining.join(forumId, actor, displayName, JoinedVia.SELF);
        invitations.remove(forumId, actor.accountId());
        return joined;
    }

    /** Declining an invitation one does not have changes nothing (and is not an error). */
    void decline(String forumId, Actor actor) {
        invitations.remove(forumId, actor.accountId());
    }

    private static InvitationView view(InvitationDocument invitation, Forum forum) {
        return new InvitationView(forum.forumId(), forum.name(), forum.description(), List.copyOf(forum.tagNames()), forum.memberCount(),
                invitation.sharedTags(), invitation.invitedAt());
    }
}
