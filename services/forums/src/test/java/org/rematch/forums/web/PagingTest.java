package org.rematch.forums.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rematch.forums.forum.domain.InvalidInput;
import org.rematch.forums.forum.domain.Violation;

class PagingTest {

    @Test
    void theFirstPageOfTwentyByDefault() {
        assertThat(Paging.parse(null, null)).isEqualTo(new Paging(0, 20));
        assertThat(Paging.parse(" ", "")).isEqualTo(new Paging(0, 20));
        assertThat(Paging.parse("3", "50")).isEqualTo(new Paging(3, 50));
        assertThat(new Paging(3, 50).skip()).isEqualTo(150);
    }

    @ParameterizedTest
    @CsvSource({"-1, 10, page", "x, 10, page", "0, 0, size", "0, 51, size", "0, 2.5, size", "100001, 10, page"})
    void anythingElseIsNamed(String page, String size, String field) {
        assertThatThrownBy(() -> Paging.parse(page, size)).isInstanceOf(InvalidInput.class)
                .extracting(e -> ((InvalidInput) e).violations().stream().map(Violation::field).toList()).isEqualTo(List.of(field));
    }

    @Test
    void bothAreNamedWhenBothAreWrong() {
        assertThatThrownBy(() -> Paging.parse("a", "b")).isInstanceOf(InvalidInput.class).hasMessageContaining("'page'")
                .hasMessageContaining("'size'");
    }

    @Test
    void pagesKnowHowManyThereAre() {
        assertThat(PageView.of(List.of("a"), new Paging(0, 20), 41).totalPages()).isEqualTo(3);
        assertThat(PageView.of(List.of(), new Paging(0, 20), 0).totalPages()).isZero();
        assertThat(PageView.of(List.of(), new Paging(0, 20), 40).totalPages()).isEqualTo(2);
    }
}
