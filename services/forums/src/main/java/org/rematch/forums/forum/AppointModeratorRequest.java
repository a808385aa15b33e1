package org.rematch.forums.forum;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** POST /api/forums/{forumId}/moderators: the account to appoint. */
public record AppointModeratorRequest(@NotBlank @Size(max = 100) String accountId) {
}
