package org.rematch.forums.forum.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.rematch.contracts.accounts.Role;
import org.rematch.contracts.forums.ForumState;

/** Moderators moderate only the forums they moderate; admins moderate all. */
class ForumModerationTest {

    private static final Actor CREATOR = Actor.of("mod-1", Role.MODERATOR);
    private static final Actor OTHER_MODERATOR = Actor.of("mod-2", Role.MODERATOR);
    private static final Actor ADMIN = Actor.of("admin-1", Role.ADMIN);
    private static final Actor MENTEE = Actor.of("mentee-1", Role.MENTEE);
    private static final Actor MENTOR = Actor.of("mentor-1", Role.MENTOR);

    private static Forum forumBy(Actor creator) {
        return Forum.open("f-1", "IM reapplicants", "peers", null, Set.of("specialty:IM"), creator);
    }

    @Test
    void aModeratorWhoCreatesAForumIsItsFirstModerator() {
        Forum forum = forumBy(CREATOR);

        assertThat(forum.moderators()).containsExactly("mod-1");
        assertThat(forum.createdBy()).isEqualTo("mod-1");
        assertThat(forum.moderatedBy(CREATOR)).isTrue();
    }

    @Test
    void anAdminWhoCreatesAForumIsNotPutInItsModeratorSetButModeratesItAnyway() {
        Forum forum = forumBy(ADMIN);

        assertThat(forum.moderators()).isEmpty();
        assertThat(forum.createdBy()).isEqualTo("admin-1");
        assertThat(forum.moderatedBy(ADMIN)).isTrue();
        assertThat(forum.moderatedBy(CREATOR)).isFalse();
    }

    @Test
    void anotherModeratorMenteesAndMentorsDoNotModerateIt() {
        Forum forum = forumBy(CREATOR);

        assertThat(forum.moderatedBy(OTHER_MODERATOR)).isFalse();
        assertThat(forum.moderatedBy(MENTEE)).isFalse();
        assertThat(forum.moderatedBy(MENTOR)).isFalse();
        for (Actor outsider : new Actor[] {OTHER_MODERATOR, MENTEE, MENTOR}) {
            assertThatThrownBy(() -> forum.edit(outsider, "x", null, null, Set.of("specialty:FM"))).isInstanceOf(Forum.NotAllowed.class);
            assertThatThrownBy(() -> forum.archive(outsider)).isInstanceOf(Forum.NotAllowed.class);
            assertThatThrownBy(() -> forum.archive(CREATOR).reopen(outsider)).isInstanceOf(Forum.NotAllowed.class);
        }
    }

    @Test
    void aModeratorsIdWithoutTheModeratorRoleModeratesNothing() {
        Forum forum = forumBy(CREATOR);

        assertThat(forum.moderatedBy(Actor.of("mod-1", Role.MENTEE))).isFalse();
    }

    @Test
    void editingReplacesNameDescriptionRulesAndTagsAndRaisesTheVersion() {
        Forum edited = forumBy(CREATOR).edit(CREATOR, " FM reapplicants ", " ", "  Be kind.\n\nNo selling.  ",
                Set.of("specialty:fm", "country:pk"));

        assertThat(edited.version()).isEqualTo(2);
        assertThat(edited.name()).isEqualTo("FM reapplicants");
        assertThat(edited.description()).isNull();
        assertThat(edited.rules()).isEqualTo("Be kind.\n\nNo selling.");
        assertThat(edited.tagNames()).containsExactly("country:PK", "specialty:FM");
        assertThat(edited.state()).isEqualTo(ForumState.OPEN);
        assertThat(edited.moderators()).containsExactly("mod-1");
        assertThat(edited.createdBy()).isEqualTo("mod-1");
    }

    @Test
    void editingKeepsTheForumsRulesOnNamesAndTags() {
        Forum forum = forumBy(CREATOR);

        assertThatIllegalArgumentException().isThrownBy(() -> forum.edit(CREATOR, " ", null, null, Set.of("specialty:IM")));
        assertThatIllegalArgumentException().isThrownBy(() -> forum.edit(CREATOR, "x", null, null, Set.of()));
        assertThatIllegalArgumentException().isThrownBy(() -> forum.edit(CREATOR, "x", null, null, Set.of("hobby:chess")));
        assertThatIllegalArgumentException().isThrownBy(() -> forum.edit(CREATOR, "x", null, "r".repeat(Forum.MAX_RULES + 1),
                Set.of("specialty:IM")));
    }

    @Test
    void archiveAndReopenMoveBetweenStatesAndRaiseTheVersion() {
        Forum archived = forumBy(CREATOR).archive(CREATOR);
        Forum reopened = archived.reopen(ADMIN);

        assertThat(archived.state()).isEqualTo(ForumState.ARCHIVED);
        assertThat(archived.version()).isEqualTo(2);
        assertThat(reopened.state()).isEqualTo(ForumState.OPEN);
        assertThat(reopened.version()).isEqualTo(3);
    }

    @Test
    void aLockedForumCanBeArchivedOrReopened() {
        Forum locked = new Forum("f-1", 4, "x", null, null, forumBy(CREATOR).tags(), ForumState.LOCKED, 3, "mod-1",
                forumBy(CREATOR).moderators());

        assertThat(locked.archive(CREATOR).state()).isEqualTo(ForumState.ARCHIVED);
        assertThat(locked.reopen(CREATOR).state()).isEqualTo(ForumState.OPEN);
        assertThat(locked.reopen(CREATOR).memberCount()).isEqualTo(3);
    }

    @Test
    void archivingTwiceReopeningAnOpenForumOrEditingAnArchivedOneAreRefused() {
        Forum open = forumBy(CREATOR);
        Forum archived = open.archive(CREATOR);

        assertThatThrownBy(() -> archived.archive(CREATOR)).isInstanceOf(Forum.InvalidTransition.class);
        assertThatThrownBy(() -> open.reopen(CREATOR)).isInstanceOf(Forum.InvalidTransition.class);
        assertThatThrownBy(() -> archived.edit(CREATOR, "x", null, null, Set.of("specialty:IM")))
                .isInstanceOf(Forum.InvalidTransition.class).hasMessageContaining("reopen");
    }

    @Test
    void onlyAnAdminAppointsModeratorsAndTheAppointeeThenModerates() {
        Forum forum = forumBy(CREATOR);

        Forum appointed = forum.appoint(ADMIN, " mod-2 ");

        assertThat(appointed.moderators()).containsExactly("mod-1", "mod-2");
        assertThat(appointed.version()).isEqualTo(forum.version());
        assertThat(appointed.moderatedBy(OTHER_MODERATOR)).isTrue();
        assertThat(appointed.appoint(ADMIN, "mod-2")).isEqualTo(appointed);
        assertThatThrownBy(() -> forum.appoint(CREATOR, "mod-2")).isInstanceOf(Forum.NotAllowed.class);
        assertThatThrownBy(() -> forum.appoint(MENTEE, "mod-2")).isInstanceOf(Forum.NotAllowed.class);
        assertThatIllegalArgumentException().isThrownBy(() -> forum.appoint(ADMIN, " "));
    }

    @Property
    void aModeratorModeratesExactlyTheForumsTheyWereMadeModeratorOf(@ForAll @AlphaChars @StringLength(min = 1, max = 12) String id,
            @ForAll boolean appointed) {
        Forum forum = forumBy(CREATOR);
        Forum theirs = appointed ? forum.appoint(ADMIN, id) : forum;
        Actor moderator = Actor.of(id, Role.MODERATOR);

        assertThat(theirs.moderatedBy(moderator)).isEqualTo(appointed || id.equals("mod-1"));
    }
}
