package org.rematch.forums.membership;

import java.net.URI;
import org.springframework.http.ResponseEntity;

/** A membership after a join, and whether that join made it (false: they were a member already). */
public record Joined(MemberView membership, boolean isNew) {

    /** The HTTP answer to a join: 201 with the membership's location when new, 200 when they were a member already. */
    public ResponseEntity<MemberView> asResponse() {
        return isNew
                ? ResponseEntity.created(URI.create("/api/forums/" + membership.forumId() + "/members/me")).body(membership)
                : ResponseEntity.ok(membership);
    }
}
