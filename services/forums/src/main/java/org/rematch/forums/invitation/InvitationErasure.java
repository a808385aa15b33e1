package org.rematch.forums.invitation;

import org.rematch.kit.privacy.AccountErasure;
import org.springframework.stereotype.Component;

/** An erased account's invitations go; removing what is gone already changes nothing. */
@Component
class InvitationErasure implements AccountErasure {

    private final Invitations invitations;

    InvitationErasure(Invitations invitations) {
        this.invitations = invitations;
    }

    @Override
    public void erase(String accountId) {
        invitations.removeAllOf(accountId);
    }
}
