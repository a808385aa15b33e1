package org.rematch.forums.membership.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rematch.contracts.accounts.Role;
import org.rematch.contracts.forums.JoinedVia;
import org.rematch.forums.forum.domain.Actor;
import org.rematch.forums.forum.domain.Forum;

class MembershipTest {

    private static final Instant NOW = Instant.parse("2026-03-16T12:00:00Z");
    private static final Actor MODERATOR = Actor.of("mod-1", Role.MODERATOR);
    private static final Actor MENTEE = Actor.of("mentee-1", Role.MENTEE);
    private static final Actor MENTOR = Actor.of("mentor-1", Role.MENTOR);

    private final Forum open = Forum.open("f-1", "IM reapplicants", null, null, Set.of("specialty:IM"), MODERATOR);

    @Test
    void menteesAndMentorsJoinOpenAndLockedForums() {
        Membership mentee = Membership.join(open, MENTEE, "  Amina  ", NOW);
        Membership mentor = Membership.join(open.lock(MODERATOR), MENTOR, " ", NOW);

        assertThat(mentee).isEqualTo(new Membership("f-1", "mentee-1", "Amina", NOW, JoinedVia.SELF));
        assertThat(mentor.displayName()).isNull();
        assertThat(mentor.forumId()).isEqualTo("f-1");
    }

    @Test
    void moderatorsAndAdminsDoNotJoinTheyTakePartAsModerators() {
        assertThatThrownBy(() -> Membership.join(open, MODERATOR, null, NOW)).isInstanceOf(Forum.NotAllowed.class)
                .hasMessageContaining("moderate");
        assertThatThrownBy(() -> Membership.join(open, Actor.of("admin-1", Role.ADMIN), null, NOW)).isInstanceOf(Forum.NotAllowed.class);
        assertThat(Membership.join(open, Actor.of("both", Role.MENTOR, Role.MODERATOR), null, NOW).accountId()).isEqualTo("both");
    }

    @Test
    void anArchivedForumCannotBeJoined() {
        assertThatThrownBy(() -> Membership.join(open.archive(MODERATOR), MENTEE, null, NOW))
                .isInstanceOf(Forum.InvalidTransition.class)
                .hasMessageContaining("archived")
                .extracting(e -> ((Forum.InvalidTransition) e).reason()).isEqualTo(Forum.InvalidTransition.FORUM_ARCHIVED);
    }

    @Test
    void membersTheForumsModeratorsAndAdminsSeeTheMembersOthersAreToldToJoin() {
        Membership.requireMaySeeMembers(open, MENTEE, true);
        Membership.requireMaySeeMembers(open, MODERATOR, false);
        Membership.requireMaySeeMembers(open, Actor.of("admin-1", Role.ADMIN), false);

        for (Actor outsider : new Actor[] {MENTEE, MENTOR, Actor.of("mod-2", Role.MODERATOR)}) {
            assertThatThrownBy(() -> Membership.requireMaySeeMembers(open, outsider, false)).isInstanceOf(Forum.NotAllowed.class)
                    .extracting(e -> ((Forum.NotAllowed) e).reason()).isEqualTo(Forum.NotAllowed.NOT_A_MEMBER);
        }
    }
}
