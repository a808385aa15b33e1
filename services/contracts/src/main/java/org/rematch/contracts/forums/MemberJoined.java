package org.rematch.contracts.forums;

import java.time.Instant;

public record MemberJoined(String forumId, String forumName, String accountId, JoinedVia via, Instant joinedAt) implements ForumActivity {
}
