package org.rematch.population;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.rematch.contracts.mentees.VisaNeed;
import org.rematch.contracts.path.CurrentRole;
import org.rematch.contracts.path.HelpTopic;
import org.rematch.population.Vocabulary.EcfmgStatus;
import org.rematch.population.Vocabulary.MatchRoute;
import org.rematch.population.Vocabulary.ProgramType;

/** What holds for every person, whatever the seed and the year. */
class InvariantPropertiesTest {

    private static final Set<String> ISO = Set.of(Locale.getISOCountries());

    @Property(tries = 300)
    void menteesAreValidAndConsistent(@ForAll long seed, @ForAll @IntRange(min = 0, max = 5_000) int index,
                                      @ForAll @IntRange(min = 2000, max = 2100) int year) {
        SyntheticMentee m = new PopulationGenerator(seed, year).mentee(index);
        assertThat(m.graduationYear()).isBetween(PopulationGenerator.EARLIEST_GRADUATION_YEAR, year);
        assertThat(m.graduationYear()).as("graduated before the first Match attempt").isLessThanOrEqualTo(year - m.matchAttempts());
        assertThat(m.matchAttempts()).isBetween(1, 10);
        assertThat(m.step2CkScore()).isBetween(1, 300);
        assertThat(m.targetSpecialties()).hasSizeBetween(1, 3).doesNotHaveDuplicates();
        assertThat(SpecialtyShares.PERCENT).containsKeys(m.targetSpecialties().toArray(org.rematch.contracts.path.Specialty[]::new));
        assertThat(ISO).contains(m.medicalSchoolCountry());
        assertThat(m.medicalSchoolCountry()).isNotIn("US", "CA");
        assertThat(m.medicalSchoolName()).isNotBlank().hasSizeLessThanOrEqualTo(200);
        if (m.ecfmg() == EcfmgStatus.CERTIFIED || m.step3Passed()) {
            assertThat(m.step1Passed()).isTrue();
            assertThat(m.step2CkAttempts()).isPositive();
        }
        assertThat(m.step1Attempts()).isBetween(1, 6);
        assertThat(m.step2CkAttempts()).isBetween(1, 6);
        assertThat(m.researchItems()).isBetween(0, 200);
        if (m.usCitizen()) {
            assertThat(m.visaNeed()).isEqualTo(VisaNeed.NONE);
            assertThat(m.school().caribbean()).isTrue();
        }
        if (m.visaNeed() == VisaNeed.H1B) {
            assertThat(m.step3Passed()).as("H-1B needs Step 3").isTrue();
        }
        if (m.visaNeed() == VisaNeed.NONE) {
            assertThat(m.helpWanted()).doesNotContain(HelpTopic.VISA);
        }
        assertThat(m.helpWanted()).isNotEmpty();
        assertThat(m.usceMonths()).isBetween(0, 12);
        assertThat(m.usceKinds().isEmpty()).isEqualTo(m.usceMonths() == 0);
        assertThat(m.languages()).contains("en").doesNotHaveDuplicates().hasSizeBetween(1, 10)
                .allMatch(language -> Set.of(Locale.getISOLanguages()).contains(language));
        assertThat(java.time.ZoneId.getAvailableZoneIds()).contains(m.timeZone());
        assertThat(m.login().password()).hasSizeGreaterThanOrEqualTo(12);
        assertThat(m.login().displayName()).isNotBlank().hasSizeLessThanOrEqualTo(100);
    }

    @Property(tries = 300)
    void mentorsAreValidAndConsistent(@ForAll long seed, @ForAll @IntRange(min = 0, max = 5_000) int index,
                                      @ForAll @IntRange(min = 2000, max = 2100) int year) {
        SyntheticMentor m = new PopulationGenerator(seed, year).mentor(index);
        assertThat(m.capacity()).isBetween(1, 5);
        assertThat(m.matchedYear()).isBetween(1950, year);
        assertThat(m.unmatchedCyclesBeforeMatch()).isBetween(0, 10);
        if (m.route() == MatchRoute.FIRST_TRY) {
            assertThat(m.unmatchedCyclesBeforeMatch()).isZero();
        }
        if (m.route() == MatchRoute.AFTER_UNMATCHED) {
            assertThat(m.unmatchedCyclesBeforeMatch()).isPositive();
        }
        if (m.usImg()) {
            assertThat(m.visaPath()).isEqualTo(VisaNeed.NONE);
        } else {
            assertThat(m.programType()).as("military programs take US citizens").isNotEqualTo(ProgramType.MILITARY);
        }
        assertThat(m.programType()).isNotNull();
        if (m.currentRole().alternativeCareer()) {
            assertThat(m.currentRole()).isIn(CurrentRole.PA_NP, CurrentRole.PUBLIC_HEALTH, CurrentRole.INDUSTRY, CurrentRole.RESEARCH);
            assertThat(m.topics()).contains(HelpTopic.ALTERNATIVE_CAREERS);
        }
        assertThat(m.topics()).isNotEmpty();
        assertThat(m.bio()).hasSizeLessThanOrEqualTo(1000);
        assertThat(m.pausedForDays() == 0 || (m.pausedForDays() >= 14 && m.pausedForDays() <= 120)).isTrue();
        assertThat(ISO).contains(m.medicalSchoolCountry());
        assertThat(SpecialtyShares.PERCENT).containsKey(m.matchedSpecialty());
        assertThat(m.login().displayName()).startsWith("Dr. ");
        assertThat(m.bio()).contains(m.matchedSpecialty().title());
        if (m.graduationYear() != null) {
            assertThat(m.graduationYear()).as("graduated 2–10 years before matching, a year per cycle unmatched at least")
                    .isBetween(m.matchedYear() - 10, m.matchedYear() - Math.max(2, m.unmatchedCyclesBeforeMatch() + 1));
        }
        if (m.exams() != null) {
            assertThat(m.exams().step2ckScore()).isBetween(PopulationGenerator.MENTOR_STEP2_MIN, PopulationGenerator.MENTOR_STEP2_MAX);
            assertThat(m.exams().usmleAttempts()).isBetween(2, 4);
        }
    }

    @Property(tries = 50)
    void sameSeedSamePerson(@ForAll long seed, @ForAll @IntRange(min = 0, max = 1_000) int index) {
        assertThat(new PopulationGenerator(seed, 2026).mentee(index)).isEqualTo(new PopulationGenerator(seed, 2026).mentee(index));
        assertThat(new PopulationGenerator(seed, 2026).mentor(index)).isEqualTo(new PopulationGenerator(seed, 2026).mentor(index));
    }
}
