package org.rematch.forums.privacy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.rematch.contracts.forums.JoinedVia;
import org.rematch.forums.forum.ForumCatalog;
import org.rematch.forums.forum.ForumInvolvement;
import org.rematch.forums.invitation.InvitationRecords;
import org.rematch.forums.invitation.InvitationRecords.ForumInvitation;
import org.rematch.forums.membership.MembershipHistory;
import org.rematch.forums.membership.Members;
import org.rematch.forums.moderation.ModerationRecords;
import org.rematch.forums.thread.Authorship;
import org.rematch.kit.privacy.PersonalData;
import org.springframework.stereotype.Component;

/**
 * For the data export: everything forums holds on the caller. The forums they created or moderate, the forums they
 * are or were a member of, their open invitations, the threads they started and the posts they wrote (their own
 * words, as CommonMark), the reports they made, the sanctions against them and the moderation actions they took. Nothing of other people: no fellow
 * moderators or members, no replies by others, no other reporters, no moderator's name on a sanction.
 */
@Component
class ForumsPersonalData implements PersonalData {

    /** What forums holds on one account. */
    public record ForumsData(List<ForumInvolvement> forums, List<JoinedForum> memberships, List<ForumInvitation> invitations,
            List<Authorship.StartedThread> threads, List<Authorship.WrittenPost> posts, List<ModerationRecords.MadeReport> reports,
            List<ModerationRecords.SanctionAgainstYou> sanctions, List<ModerationRecords.ActionTaken> moderationActions) {
    }

    /**
     * A forum the person is or was a member of: forumName is null if the forum no longer exists, leftAt while they are
     * still a member.
     */
    public record JoinedForum(String forumId, String forumName, String displayName, Instant joinedAt, JoinedVia via, Instant leftAt) {
    }

    private final ForumCatalog catalog;
    private final Members members;
    private final Authorship authorship;
    private final ModerationRecords moderation;
    private final InvitationRecords invitations;

    ForumsPersonalData(ForumCatalog catalog, Members members, Authorship authorship, ModerationRecords moderation,
            InvitationRecords invitations) {
        this.catalog = catalog;
        this.members = members;
        this.invitations = invitations;
        this.authorship = authorship;
        this.moderation = moderation;
    }

    @Override
    public ForumsData of(String accountId) {
        List<MembershipHistory> memberships = members.of(accountId);
        Map<String, String> names = catalog.names(memberships.stream().map(MembershipHistory::forumId).toList());
        return new ForumsData(catalog.involving(accountId),
                memberships.stream()
                        .map(m -> new JoinedForum(m.forumId(), names.get(m.forumId()), m.displayName(), m.joinedAt(), m.via(), m.leftAt()))
                        .toList(),
                invitations.of(accountId),
                authorship.threadsBy(accountId), authorship.postsBy(accountId), moderation.reportsBy(accountId),
                moderation.sanctionsAgainst(accountId), moderation.actionsBy(accountId));
    }
}
