package org.rematch.population;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PopulationTest {

    private static final Sizes SMALL = new Sizes(30, 20, 40);

    @Test
    void theSameSeedGivesTheSamePopulation() {
        assertThat(Population.generate(7L, SMALL, 2026)).isEqualTo(Population.generate(7L, SMALL, 2026));
    }

    @Test
    void anotherSeedGivesAnotherPopulation() {
        Population a = Population.generate(7L, SMALL, 2026);
        Population b = Population.generate(8L, SMALL, 2026);
        assertThat(a.mentees()).isNotEqualTo(b.mentees());
        assertThat(a.mentors()).isNotEqualTo(b.mentors());
    }

    @Test
    void aPersonDoesNotDependOnHowManyAreGenerated() {
        Population small = Population.generate(7L, new Sizes(3, 3, 3), 2026);
        Population large = Population.generate(7L, SMALL, 2026);
        assertThat(large.mentees().subList(0, 3)).isEqualTo(small.mentees());
        assertThat(large.mentors().subList(0, 3)).isEqualTo(small.mentors());
        assertThat(large.forums().subList(0, 3)).isEqualTo(small.forums());
        assertThat(large.moderator()).isEqualTo(small.moderator());
    }

    @Test
    void everyLoginIsUniqueAndEveryPasswordLongEnough() {
        Population population = Population.generate(1L, new Sizes(2_000, 0, 2_000), 2026);
        Set<String> emails = new HashSet<>();
        emails.add(population.moderator().email());
        population.mentors().forEach(m -> emails.add(m.login().email()));
        population.mentees().forEach(m -> emails.add(m.login().email()));
        assertThat(emails).hasSize(4_001).allMatch(e -> e.matches("[a-z0-9.-]+@demo\\.rematch\\.local"));
        assertThat(population.mentees()).allMatch(m -> m.login().password().length() >= 12);
        assertThat(population.moderator().toString()).doesNotContain(population.moderator().password());
    }

    @Test
    void forumsAreOnThePopulationsPathsWithValidDistinctTags() {
        List<SyntheticForum> forums = Population.generate(3L, SMALL, 2026).forums();
        assertThat(forums).hasSize(20);
        assertThat(forums).extracting(SyntheticForum::name).doesNotHaveDuplicates()
                .allMatch(name -> name.length() <= 80);
        assertThat(forums).allSatisfy(forum -> {
            assertThat(forum.tags()).isNotEmpty().hasSizeLessThanOrEqualTo(10)
                    .allMatch(tag -> tag.matches("^(specialty|country|visa|cycle|goal):[A-Za-z0-9_-]{1,20}$"));
            assertThat(forum.description()).hasSizeLessThanOrEqualTo(500);
        });
        assertThat(forums.get(0).tags()).containsExactly("visa:J1");
        assertThat(forums.get(2).tags()).as("the commonest path").containsExactly("specialty:IM", "country:IN");
    }

    @Test
    void schoolCountriesAreIsoCodes() {
        Set<String> iso = Set.of(Locale.getISOCountries());
        assertThat(MedicalSchool.ABROAD).allMatch(s -> iso.contains(s.country()));
        assertThat(MedicalSchool.CARIBBEAN).allMatch(s -> iso.contains(s.country()));
    }

    @Test
    void sizesAreParsedFromTheCommandLineSpelling() {
        assertThat(Sizes.parse("mentors:12,forums:3,mentees:5", Sizes.DEMO)).isEqualTo(new Sizes(12, 3, 5));
        assertThat(Sizes.parse("mentees=7", Sizes.DEMO)).isEqualTo(new Sizes(300, 20, 7));
        assertThat(Sizes.parse("", Sizes.DEMO)).isEqualTo(Sizes.DEMO);
        assertThatThrownBy(() -> Sizes.parse("mentors:lots", Sizes.DEMO)).hasMessageContaining("not a number");
        assertThatThrownBy(() -> Sizes.parse("admins:3", Sizes.DEMO)).hasMessageContaining("unknown size");
        assertThatThrownBy(() -> Sizes.parse("mentors:-1", Sizes.DEMO)).hasMessageContaining("between");
    }
}
