package org.rematch.forums.forum.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.rematch.contracts.forums.ForumState;

class ForumTest {

    @Test
    void aNewForumIsOpenEmptyVersionOneWithCanonicalSortedTags() {
        Forum forum = Forum.open("f-1", "  Internal Medicine reapplicants ", " For IM reapplicants ",
                new LinkedHashSet<>(List.of("visa:j1", "specialty:IM", "country:pk")), "mod-1");

        assertThat(forum.version()).isEqualTo(1);
        assertThat(forum.state()).isEqualTo(ForumState.OPEN);
        assertThat(forum.memberCount()).isZero();
        assertThat(forum.name()).isEqualTo("Internal Medicine reapplicants");
        assertThat(forum.description()).isEqualTo("For IM reapplicants");
        assertThat(forum.tagNames()).containsExactly("country:PK", "specialty:IM", "visa:J1");
        assertThat(forum.createdBy()).isEqualTo("mod-1");
    }

    @Test
    void tagsThatDifferOnlyInTheCaseOfACodeAreOneTag() {
        Forum forum = Forum.open("f-1", "IM", null, Set.of("specialty:IM", "specialty:im"), "mod-1");

        assertThat(forum.tagNames()).containsExactly("specialty:IM");
        assertThat(forum.description()).isNull();
    }

    @Test
    void namesAreTheSameForumRegardlessOfCaseAndSpacing() {
        assertThat(Forum.nameKey("  Internal   Medicine Reapplicants ")).isEqualTo(Forum.nameKey("internal medicine reapplicants"));
        assertThat(Forum.nameKey("IM 2026")).isNotEqualTo(Forum.nameKey("IM 2027"));
    }

    @Test
    void refusesBadNamesDescriptionsAndTagCounts() {
        assertThatIllegalArgumentException().isThrownBy(() -> Forum.open("f", " ", null, Set.of("specialty:IM"), "m"));
        assertThatIllegalArgumentException().isThrownBy(() -> Forum.open("f", "x".repeat(81), null, Set.of("specialty:IM"), "m"));
        assertThatIllegalArgumentException().isThrownBy(() -> Forum.open("f", "x", "d".repeat(501), Set.of("specialty:IM"), "m"));
        assertThatIllegalArgumentException().isThrownBy(() -> Forum.open("f", "x", null, Set.of(), "m"));
        Set<String> eleven = new LinkedHashSet<>();
        IntStream.range(0, 11).forEach(i -> eleven.add("cycle:" + (2020 + i)));
        assertThatIllegalArgumentException().isThrownBy(() -> Forum.open("f", "x", null, eleven, "m"));
        assertThatIllegalArgumentException().isThrownBy(() -> Forum.open("f", "x", null, Set.of("hobby:chess"), "m"));
    }

    @Test
    void tenTagsAreAllowed() {
        Set<String> ten = new LinkedHashSet<>();
        IntStream.range(0, 10).forEach(i -> ten.add("cycle:" + (2020 + i)));

        assertThat(Forum.open("f", "x", null, ten, "m").tags()).hasSize(10);
    }
}
