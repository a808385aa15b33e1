package org.rematch.forums.invitation;

import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;

/** A person's open invitations as their data export shows them. */
@Component
public class InvitationRecords {

    /** A forum the person is invited to, the path tags it shares with them, and since when. */
    public record ForumInvitation(String forumId, List<String> sharedTags, Instant invitedAt) {
    }

    private final Invitations invitations;

    InvitationRecords(Invitations invitations) {
        this.invitations = invitations;
    }

    public List<ForumInvitation> of(String accountId) {
        return invitations.of(accountId).stream()
                .map(invitation -> new ForumInvitation(invitation.forumId(), invitation.sharedTags(), invitation.invitedAt()))
                .toList();
    }
}
