package org.rematch.population;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.rematch.contracts.mentees.VisaNeed;
import org.rematch.contracts.path.Specialty;
import org.rematch.population.Vocabulary.MatchRoute;
import org.rematch.population.Vocabulary.UsRegion;

/** The issue's distributions, over 20 000 draws with a fixed seed (deterministic, so never flaky). */
class DistributionsTest {

    private static final int N = 20_000;
    private static final int YEAR = 2026;
    private static final PopulationGenerator GENERATOR = new PopulationGenerator(42L, YEAR);
    private static final List<SyntheticMentee> MENTEES = java.util.stream.IntStream.range(0, N).mapToObj(GENERATOR::mentee).toList();
    private static final List<SyntheticMentor> MENTORS = java.util.stream.IntStream.range(0, N).mapToObj(GENERATOR::mentor).toList();
    /** Two percentage points: more than 5 standard errors of any share at n = 20 000. */
    private static final double TOLERANCE = 0.02;

    private static <T> double share(List<T> people, Predicate<T> which) {
        return people.stream().filter(which).count() / (double) people.size();
    }

    @Test
    void citizenshipIsNonUs71PercentAndUs29Percent() {
        assertThat(share(MENTEES, SyntheticMentee::usCitizen)).isCloseTo(0.29, within(TOLERANCE));
        assertThat(share(MENTORS, SyntheticMentor::usImg)).isCloseTo(0.29, within(TOLERANCE));
    }

    @Test
    void targetSpecialtiesFollowTheIssuesShares() {
        Map<Specialty, Long> counts = MENTEES.stream()
                .collect(Collectors.groupingBy(SyntheticMentee::targetSpecialty, Collectors.counting()));
        Map<String, Double> expected = Map.of("IM", 0.48, "FM", 0.17, "PEDS", 0.09, "EM", 0.05, "PSYCH", 0.04,
                "NEURO", 0.03, "PATH", 0.03, "SURGPRELIM", 0.03);
        expected.forEach((code, share) -> assertThat(counts.getOrDefault(Specialty.valueOf(code), 0L) / (double) N)
                .as(code).isCloseTo(share, within(TOLERANCE)));
        assertThat(share(MENTEES, m -> SpecialtyShares.other(m.targetSpecialty()))).as("other").isCloseTo(0.08, within(TOLERANCE));
        assertThat(SpecialtyShares.PERCENT.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(100);
        assertThat(SpecialtyShares.OTHER.stream().mapToInt(SpecialtyShares::percent).sum()).isEqualTo(8);
        assertThat(counts.keySet()).as("only specialties with a share are drawn").isSubsetOf(SpecialtyShares.PERCENT.keySet());
    }

    @Test
    void schoolsAreInTheIssuesCountriesAndCaribbeanForUsCitizens() {
        assertThat(MENTEES).allSatisfy(m -> {
            assertThat(m.school().caribbean()).isEqualTo(m.usCitizen());
            if (!m.usCitizen()) {
                assertThat(m.medicalSchoolCountry()).isIn("IN", "PK", "EG", "NG", "CN");
            }
        });
        Map<String, Long> byCountry = MENTEES.stream().filter(m -> !m.usCitizen())
                .collect(Collectors.groupingBy(SyntheticMentee::medicalSchoolCountry, Collectors.counting()));
        assertThat(byCountry).containsOnlyKeys("IN", "PK", "EG", "NG", "CN");
    }

    @Test
    void step2CkIsAround232PlusMinus12() {
        var stats = MENTEES.stream().mapToInt(SyntheticMentee::step2CkScore).summaryStatistics();
        double mean = stats.getAverage();
        double sd = Math.sqrt(MENTEES.stream().mapToDouble(m -> Math.pow(m.step2CkScore() - mean, 2)).sum() / N);
        assertThat(mean).isCloseTo(232, within(0.5));
        assertThat(sd).isCloseTo(12, within(0.5));
        // whole scores within ±12 of the mean: P(|Z| <= 12.5 / 12) ≈ 0.70
        assertThat(share(MENTEES, m -> Math.abs(m.step2CkScore() - 232) <= 12)).isCloseTo(0.70, within(TOLERANCE));
    }

    @Test
    void matchAttemptsAre1Or2OrAtLeast3At55And25And20Percent() {
        assertThat(share(MENTEES, m -> m.matchAttempts() == 1)).isCloseTo(0.55, within(TOLERANCE));
        assertThat(share(MENTEES, m -> m.matchAttempts() == 2)).isCloseTo(0.25, within(TOLERANCE));
        assertThat(share(MENTEES, m -> m.matchAttempts() >= 3)).isCloseTo(0.20, within(TOLERANCE));
    }

    @Test
    void mentorsMatchedFirstTry50AfterUnmatched35ViaSoap15Percent() {
        Function<MatchRoute, Double> routeShare = route -> share(MENTORS, m -> m.route() == route);
        assertThat(routeShare.apply(MatchRoute.FIRST_TRY)).isCloseTo(0.50, within(TOLERANCE));
        assertThat(routeShare.apply(MatchRoute.AFTER_UNMATCHED)).isCloseTo(0.35, within(TOLERANCE));
        assertThat(routeShare.apply(MatchRoute.VIA_SOAP)).isCloseTo(0.15, within(TOLERANCE));
        for (int capacity = 1; capacity <= 5; capacity++) {
            int c = capacity;
            assertThat(share(MENTORS, m -> m.capacity() == c)).as("capacity " + c).isCloseTo(0.20, within(TOLERANCE));
        }
    }

    @Test
    void mostMentorsTellAGraduationYearThreeToSixYearsBeforeTheMatchAndExamsAround240() {
        assertThat(share(MENTORS, m -> m.graduationYear() != null)).isCloseTo(0.85, within(TOLERANCE));
        assertThat(share(MENTORS, m -> m.exams() != null)).isCloseTo(0.85, within(TOLERANCE));
        List<SyntheticMentor> graduationTold = MENTORS.stream().filter(m -> m.graduationYear() != null).toList();
        assertThat(share(graduationTold, m -> {
            int yearsBeforeMatch = m.matchedYear() - m.graduationYear();
            return yearsBeforeMatch >= 3 && yearsBeforeMatch <= 6;
        })).isGreaterThan(0.6);

        List<SyntheticMentor> examsTold = MENTORS.stream().filter(m -> m.exams() != null).toList();
        double mean = examsTold.stream().mapToInt(m -> m.exams().step2ckScore()).average().orElseThrow();
        double sd = Math.sqrt(examsTold.stream().mapToDouble(m -> Math.pow(m.exams().step2ckScore() - mean, 2)).sum()
                / examsTold.size());
        assertThat(mean).isCloseTo(240, within(0.5));
        assertThat(sd).isCloseTo(10, within(0.5));
        assertThat(share(examsTold, m -> m.exams().usmleAttempts() == 2)).isCloseTo(0.80, within(TOLERANCE));
    }

    @Test
    void mostNonUsMenteesNeedAVisaAndNoUsCitizenDoes() {
        assertThat(share(MENTEES.stream().filter(m -> !m.usCitizen()).toList(), m -> m.visaNeed() != VisaNeed.NONE))
                .isGreaterThan(0.8);
        assertThat(MENTEES).filteredOn(SyntheticMentee::usCitizen).extracting(SyntheticMentee::visaNeed)
                .containsOnly(VisaNeed.NONE);
    }

    @Test
    void aFifthWouldTrainAnywhereAndSomeMentorsArePaused() {
        assertThat(share(MENTEES, m -> m.usRegionPreference().isEmpty())).isCloseTo(0.20, within(TOLERANCE));
        assertThat(share(MENTEES, m -> m.usRegionPreference().contains(UsRegion.SOUTH))).isCloseTo(0.8 / 4 * 1.33, within(TOLERANCE));
        assertThat(share(MENTORS, m -> !m.accepting())).isCloseTo(0.08, within(TOLERANCE));
    }
}
