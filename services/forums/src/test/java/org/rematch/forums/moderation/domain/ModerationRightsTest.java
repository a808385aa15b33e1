package org.rematch.forums.moderation.domain;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rematch.contracts.accounts.Role;
import org.rematch.forums.forum.domain.Actor;
import org.rematch.forums.forum.domain.Forum;

class ModerationRightsTest {

    private final Forum forum = Forum.open("f", "IM applicants", null, Set.of("specialty:IM"), "mod");
    private final Actor moderator = Actor.of("mod", Role.MODERATOR);
    private final Actor otherModerator = Actor.of("other", Role.MODERATOR);
    private final Actor admin = Actor.of("admin", Role.ADMIN);
    private final Actor mentee = Actor.of("mentee", Role.MENTEE);

    @Test
    void theForumsModeratorsAndAdminsModerateItAndNobodyElse() {
        assertThatCode(() -> ModerationRights.requireModerator(forum, moderator)).doesNotThrowAnyException();
        assertThatCode(() -> ModerationRights.requireModerator(forum, admin)).doesNotThrowAnyException();
        assertThatThrownBy(() -> ModerationRights.requireModerator(forum, otherModerator)).isInstanceOf(Forum.NotAllowed.class);
        assertThatThrownBy(() -> ModerationRights.requireModerator(forum, mentee)).isInstanceOf(Forum.NotAllowed.class);
        assertThatThrownBy(() -> ModerationRights.requireSomeModerationRole(mentee)).isInstanceOf(Forum.NotAllowed.class);
    }

    @Test
    void nobodySanctionsThemselvesOrTheForumsModerators() {
        assertThatCode(() -> ModerationRights.requireMaySanction(forum, moderator, "mentee")).doesNotThrowAnyException();
        assertThatThrownBy(() -> ModerationRights.requireMaySanction(forum, moderator, "mod")).isInstanceOf(Forum.NotAllowed.class);
        assertThatThrownBy(() -> ModerationRights.requireMaySanction(forum, admin, "mod")).isInstanceOf(Forum.NotAllowed.class);
        assertThatThrownBy(() -> ModerationRights.requireMaySanction(forum, otherModerator, "mentee")).isInstanceOf(Forum.NotAllowed.class);
    }

    @Test
    void onlyAdminsSuspendFromAllForums() {
        assertThatCode(() -> ModerationRights.requireMaySuspend(admin, "mentee")).doesNotThrowAnyException();
        assertThatThrownBy(() -> ModerationRights.requireMaySuspend(moderator, "mentee")).isInstanceOf(Forum.NotAllowed.class);
        assertThatThrownBy(() -> ModerationRights.requireMaySuspend(admin, "admin")).isInstanceOf(Forum.NotAllowed.class);
    }
}
