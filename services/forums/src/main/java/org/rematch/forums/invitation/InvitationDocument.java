package org.rematch.forums.invitation;

import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;

/**
 * An invitation as stored in {@code forum_invitations}: _id forumId:accountId, so a forum invites a person once however
 * often it is recommended to them; {@code sharedTags} are the path tags the recommendation found in common.
 */
record InvitationDocument(@Id String id, String forumId, String accountId, List<String> sharedTags, Instant invitedAt) {

    static final String COLLECTION = "forum_invitations";

    static String idOf(String forumId, String accountId) {
        return forumId + ":" + accountId;
    }
}
