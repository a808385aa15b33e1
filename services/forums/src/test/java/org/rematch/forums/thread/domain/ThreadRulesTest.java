package org.rematch.forums.thread.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rematch.contracts.accounts.Role;
import org.rematch.forums.forum.domain.Actor;
import org.rematch.forums.forum.domain.Forum;
import org.rematch.forums.forum.domain.InvalidInput;
import org.rematch.forums.forum.domain.Violation;

/** Starting threads, titles and who may write where. */
class ThreadRulesTest {

    private static final Instant NOW = Instant.parse("2026-03-16T12:00:00Z");
    private static final Actor MODERATOR = Actor.of("mod-1", Role.MODERATOR);
    private static final Actor MENTEE = Actor.of("mentee-1", Role.MENTEE);
    private static final Author AMINA = new Author("mentee-1", "Amina");

    private final Forum open = Forum.open("f-1", "IM reapplicants", null, null, Set.of("specialty:IM"), MODERATOR);

    @Test
    void aThreadStartsWithItsOpeningPostByTheSameAuthorAtTheSameTime() {
        ForumThread.Opening opening = ForumThread.start("t-1", "p-1", "f-1", "  Step 2 CK retake?  ", "How did you *prepare*?", AMINA, NOW);

        assertThat(opening.thread()).isEqualTo(new ForumThread("t-1", "f-1", "Step 2 CK retake?", AMINA, NOW, null));
        assertThat(opening.post()).isEqualTo(new Post("p-1", "f-1", "t-1", AMINA, "How did you *prepare*?", NOW, null, null));
    }

    @Test
    void everyProblemWithTitleAndBodyIsReportedAtOnce() {
        assertThatThrownBy(() -> ForumThread.start("t", "p", "f", "ab", " ", AMINA, NOW)).isInstanceOf(InvalidInput.class)
                .extracting(e -> ((InvalidInput) e).violations()).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
                .containsExactly(new Violation("title", "must be 3 to 200 characters"), new Violation("body", "must not be blank"));
    }

    @Test
    void titlesAreThreeToTwoHundredCharactersOnOneLine() {
        assertThat(Texts.titleProblems("title", "abc")).isEmpty();
        assertThat(Texts.titleProblems("title", "x".repeat(200))).isEmpty();
        assertThat(Texts.titleProblems("title", "  ab  ")).extracting(Violation::field).containsExactly("title");
        assertThat(Texts.titleProblems("title", "x".repeat(201))).hasSize(1);
        assertThat(Texts.titleProblems("title", null)).containsExactly(new Violation("title", "must not be blank"));
        assertThat(Texts.titleProblems("title", "two\nlines")).extracting(Violation::message)
                .containsExactly("must be a single line without control characters");
    }

    @Test
    void bodiesAreOneToTwentyThousandCharacters() {
        assertThat(Texts.bodyProblems("body", "x")).isEmpty();
        assertThat(Texts.bodyProblems("body", "x".repeat(20_000))).isEmpty();
        assertThat(Texts.bodyProblems("body", "x".repeat(20_001))).containsExactly(new Violation("body", "must be at most 20000 characters"));
        assertThat(Texts.bodyProblems("body", "\n \t")).containsExactly(new Violation("body", "must not be blank"));
        assertThat(Texts.bodyProblems("body", null)).hasSize(1);
    }

    @Test
    void onlyWhoStartedAThreadRetitlesIt() {
        ForumThread thread = ForumThread.start("t", "p", "f", "Old title", "body", AMINA, NOW).thread();
        Instant later = NOW.plusSeconds(60);

        assertThat(thread.retitle(MENTEE, " New title ", later)).isEqualTo(new ForumThread("t", "f", "New title", AMINA, NOW, later));
        assertThatThrownBy(() -> thread.retitle(Actor.of("mentee-2", Role.MENTEE), "Mine now", later))
                .isInstanceOf(Forum.NotAllowed.class)
                .extracting(e -> ((Forum.NotAllowed) e).reason()).isEqualTo(Forum.NotAllowed.NOT_THE_AUTHOR);
        assertThatThrownBy(() -> thread.retitle(MODERATOR, "Moderated", later)).isInstanceOf(Forum.NotAllowed.class);
        assertThatThrownBy(() -> thread.retitle(MENTEE, "no", later)).isInstanceOf(InvalidInput.class);
    }

    @Test
    void membersAndTheForumsModeratorsWriteInAnOpenForum() {
        Participation.requireMayWrite(open, MENTEE, true);
        Participation.requireMayWrite(open, MODERATOR, false);
        Participation.requireMayWrite(open, Actor.of("admin-1", Role.ADMIN), false);
    }

    @Test
    void nonMembersAreToldToJoin() {
        for (Actor outsider : new Actor[] {MENTEE, Actor.of("mentor-1", Role.MENTOR), Actor.of("mod-2", Role.MODERATOR)}) {
            assertThatThrownBy(() -> Participation.requireMayWrite(open, outsider, false)).isInstanceOf(Forum.NotAllowed.class)
                    .hasMessageContaining("Join")
                    .extracting(e -> ((Forum.NotAllowed) e).reason()).isEqualTo(Forum.NotAllowed.NOT_A_MEMBER);
        }
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void nobodyWritesInALockedOrArchivedForumAndThatIsTheAnswerEvenForNonMembers(boolean member) {
        assertThatThrownBy(() -> Participation.requireMayWrite(open.lock(MODERATOR), MENTEE, member))
                .isInstanceOf(Forum.InvalidTransition.class).hasMessageContaining("locked");
        assertThatThrownBy(() -> Participation.requireMayWrite(open.archive(MODERATOR), MENTEE, member))
                .isInstanceOf(Forum.InvalidTransition.class).hasMessageContaining("archived");
        assertThatThrownBy(() -> Participation.requireMayWrite(open.lock(MODERATOR), MODERATOR, member))
                .isInstanceOf(Forum.InvalidTransition.class);
    }
}
