package org.rematch.forums.thread.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.rematch.contracts.accounts.Role;
import org.rematch.forums.forum.domain.Actor;
import org.rematch.forums.forum.domain.Forum;
import org.rematch.forums.forum.domain.InvalidInput;

/** Only its author edits or deletes a post; a deleted post keeps its place without its body. */
class PostTest {

    private static final Instant NOW = Instant.parse("2026-03-16T12:00:00Z");
    private static final Instant LATER = NOW.plusSeconds(300);
    private static final Actor AUTHOR = Actor.of("mentee-1", Role.MENTEE);
    private static final Actor OTHER = Actor.of("mentee-2", Role.MENTEE);
    private static final Actor ADMIN = Actor.of("admin-1", Role.ADMIN);

    private final Post post = Post.write("p-1", "f-1", "t-1", new Author("mentee-1", "Amina"), "First *draft*", NOW);

    @Test
    void aNewPostIsNeitherEditedNorDeleted() {
        assertThat(post.deleted()).isFalse();
        assertThat(post.editedAt()).isNull();
        assertThatThrownBy(() -> Post.write("p", "f", "t", new Author("a", null), "", NOW)).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> Post.write("p", "f", "t", new Author("a", null), "x".repeat(20_001), NOW))
                .isInstanceOf(InvalidInput.class);
    }

    @Test
    void itsAuthorEditsIt() {
        Post edited = post.edit(AUTHOR, "Second draft", LATER);

        assertThat(edited.body()).isEqualTo("Second draft");
        assertThat(edited.editedAt()).isEqualTo(LATER);
        assertThat(edited.createdAt()).isEqualTo(NOW);
        assertThatThrownBy(() -> post.edit(AUTHOR, " ", LATER)).isInstanceOf(InvalidInput.class);
    }

    @Test
    void nobodyElseEditsOrDeletesItNotEvenAnAdmin() {
        for (Actor someoneElse : new Actor[] {OTHER, ADMIN, Actor.of("mod-1", Role.MODERATOR)}) {
            assertThatThrownBy(() -> post.edit(someoneElse, "mine", LATER)).isInstanceOf(Forum.NotAllowed.class)
                    .extracting(e -> ((Forum.NotAllowed) e).reason()).isEqualTo(Forum.NotAllowed.NOT_THE_AUTHOR);
            assertThatThrownBy(() -> post.delete(someoneElse, LATER)).isInstanceOf(Forum.NotAllowed.class);
        }
    }

    @Test
    void deletingKeepsThePlaceButNotTheBodyAndDeletingAgainChangesNothing() {
        Post deleted = post.delete(AUTHOR, LATER);

        assertThat(deleted.deleted()).isTrue();
        assertThat(deleted.body()).isNull();
        assertThat(deleted.deletedAt()).isEqualTo(LATER);
        assertThat(deleted.author()).isEqualTo(post.author());
        assertThat(deleted.createdAt()).isEqualTo(NOW);
        assertThat(deleted.delete(AUTHOR, LATER.plusSeconds(1))).isSameAs(deleted);
        assertThatThrownBy(() -> deleted.edit(AUTHOR, "back", LATER)).isInstanceOf(Forum.InvalidTransition.class)
                .extracting(e -> ((Forum.InvalidTransition) e).reason()).isEqualTo(Forum.InvalidTransition.POST_DELETED);
    }

    @Test
    void aDeletedPostHasNoBodyWhateverWasStored() {
        assertThat(new Post("p", "f", "t", new Author("a", null), "left over", NOW, null, LATER).body()).isNull();
    }

    @Test
    void anErasedAuthorsPostIsDeletedByNobody() {
        Post erased = post.erased(LATER);

        assertThat(erased.author()).isEqualTo(Author.ERASED);
        assertThat(erased.author().accountId()).isNull();
        assertThat(erased.author().displayName()).isEqualTo("[deleted]");
        assertThat(erased.body()).isNull();
        assertThat(erased.deletedAt()).isEqualTo(LATER);
        assertThat(post.delete(AUTHOR, NOW).erased(LATER).deletedAt()).isEqualTo(NOW);
        assertThatThrownBy(() -> erased.delete(AUTHOR, LATER)).isInstanceOf(Forum.NotAllowed.class);
    }
}
