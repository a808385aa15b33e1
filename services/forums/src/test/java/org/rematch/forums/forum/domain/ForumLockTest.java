package org.rematch.forums.forum.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rematch.contracts.accounts.Role;
import org.rematch.contracts.forums.ForumState;

/** Locking is a pause in writing; the member count is part of the published snapshot and so raises the version. */
class ForumLockTest {

    private static final Actor CREATOR = Actor.of("mod-1", Role.MODERATOR);
    private static final Actor ADMIN = Actor.of("admin-1", Role.ADMIN);

    private final Forum open = Forum.open("f-1", "IM reapplicants", null, null, Set.of("specialty:IM"), CREATOR);

    @Test
    void itsModeratorOrAnAdminLocksAnOpenForumAndReopensIt() {
        Forum locked = open.lock(CREATOR);

        assertThat(locked.state()).isEqualTo(ForumState.LOCKED);
        assertThat(locked.version()).isEqualTo(open.version() + 1);
        assertThat(locked.reopen(CREATOR).state()).isEqualTo(ForumState.OPEN);
        assertThat(open.lock(ADMIN).state()).isEqualTo(ForumState.LOCKED);
    }

    @Test
    void othersCannotLockAndALockedOrArchivedForumIsNotLockedAgain() {
        assertThatThrownBy(() -> open.lock(Actor.of("mod-2", Role.MODERATOR))).isInstanceOf(Forum.NotAllowed.class);
        assertThatThrownBy(() -> open.lock(Actor.of("mentee-1", Role.MENTEE))).isInstanceOf(Forum.NotAllowed.class);
        assertThatThrownBy(() -> open.lock(CREATOR).lock(CREATOR)).isInstanceOf(Forum.InvalidTransition.class)
                .hasMessageContaining("already locked");
        assertThatThrownBy(() -> open.archive(CREATOR).lock(CREATOR)).isInstanceOf(Forum.InvalidTransition.class)
                .hasMessageContaining("reopen");
    }

    @Test
    void onlyAnOpenForumTakesWritingAndTheRefusalSaysWhy() {
        open.requireOpenForWriting();

        assertThatThrownBy(() -> open.lock(CREATOR).requireOpenForWriting()).isInstanceOf(Forum.InvalidTransition.class)
                .hasMessageContaining("locked")
                .extracting(e -> ((Forum.InvalidTransition) e).reason()).isEqualTo(Forum.InvalidTransition.FORUM_LOCKED);
        assertThatThrownBy(() -> open.archive(CREATOR).requireOpenForWriting()).isInstanceOf(Forum.InvalidTransition.class)
                .extracting(e -> ((Forum.InvalidTransition) e).reason()).isEqualTo(Forum.InvalidTransition.FORUM_ARCHIVED);
    }

    @Test
    void aNewMemberCountIsANewVersionAndNothingElseChanges() {
        Forum counted = open.withMemberCount(7);

        assertThat(counted.memberCount()).isEqualTo(7);
        assertThat(counted.version()).isEqualTo(open.version() + 1);
        assertThat(counted).usingRecursiveComparison().ignoringFields("memberCount", "version").isEqualTo(open);
    }
}
