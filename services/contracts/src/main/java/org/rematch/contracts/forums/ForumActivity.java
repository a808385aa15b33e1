package org.rematch.contracts.forums;

/**
 * What happens in the forums, on {@code forums.activity}, keyed by forumId; {@link MemberSuspended}, which spans every
 * forum, is keyed by the suspended account id. Events name the people they are about but never the moderator who
 * acted, nor who reported whom: those stay in the forums service's audit log and queue.
 */
public sealed interface ForumActivity permits MemberJoined, MemberLeft, PostReported, MemberReported, PostHidden, MemberMuted,
        MemberBanned, MemberSuspended, ForumLocked, ForumArchived {
}
