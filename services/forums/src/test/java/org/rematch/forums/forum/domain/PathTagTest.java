package org.rematch.forums.forum.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PathTagTest {

    @ParameterizedTest
    @CsvSource({
            "specialty:IM, SPECIALTY, IM, specialty:IM",
            "specialty:im, SPECIALTY, IM, specialty:IM",
            "country:pk, COUNTRY, PK, country:PK",
            "visa:J1, VISA, J1, visa:J1",
            "cycle:2026, CYCLE, 2026, cycle:2026",
            "goal:research_Year-1, GOAL, research_Year-1, goal:research_Year-1"})
    void readsTagsIntoTheirCanonicalSpelling(String tag, PathTag.Dimension dimension, String value, String canonical) {
        PathTag parsed = PathTag.parse(tag);

        assertThat(parsed.dimension()).isEqualTo(dimension);
        assertThat(parsed.value()).isEqualTo(value);
        assertThat(parsed).hasToString(canonical);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "specialty", "specialty:", "Specialty:IM", "hobby:chess", "specialty:I M", "country:P.K",
            "specialty:ABCDEFGHIJKLMNOPQRSTU", "specialty:IM:FM", " specialty:IM", "visa:J1\n"})
    void refusesAnythingElse(String tag) {
        assertThat(PathTag.isValid(tag)).isFalse();
        assertThatIllegalArgumentException().isThrownBy(() -> PathTag.parse(tag));
    }

    @ParameterizedTest
    @ValueSource(strings = {"specialty:IM", "country:PK", "visa:J1", "cycle:2026", "goal:research"})
    void theBeanValidationPatternAgreesWithTheParser(String tag) {
        assertThat(tag).matches(PathTag.PATTERN);
        assertThat(PathTag.isValid(tag)).isTrue();
    }

    @Property
    void parsingTheCanonicalSpellingGivesTheSameTag(@ForAll("tags") String tag) {
        PathTag parsed = PathTag.parse(tag);

        assertThat(PathTag.parse(parsed.toString())).isEqualTo(parsed);
        assertThat(parsed.toString()).matches(PathTag.PATTERN);
    }

    @Property
    void codeDimensionsIgnoreCaseOthersKeepIt(@ForAll("values") String value) {
        assertThat(PathTag.parse("specialty:" + value.toLowerCase())).isEqualTo(PathTag.parse("specialty:" + value.toUpperCase()));
        assertThat(PathTag.parse("goal:" + value).value()).isEqualTo(value);
    }

    @Provide
    Arbitrary<String> values() {
        return Arbitraries.strings().withCharRange('a', 'z').withCharRange('A', 'Z').withCharRange('0', '9').withChars('_', '-')
                .ofMinLength(1).ofMaxLength(20);
    }

    @Provide
    Arbitrary<String> tags() {
        return Arbitraries.of("specialty", "country", "visa", "cycle", "goal").flatMap(d -> values().map(v -> d + ":" + v));
    }
}
