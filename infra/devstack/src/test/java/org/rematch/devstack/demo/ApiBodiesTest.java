package org.rematch.devstack.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.rematch.population.Population;
import org.rematch.population.Sizes;

/**
 * Every body the seeding sends passes the services' own validation: mentee paths go through profiles' MenteePath rules
 * and mentor listings through the directory's ListingRequest/JourneyDraft/Availability, compiled from their sources
 * ({@link ServiceRules}); forum and account bodies are checked against the documented rules.
 */
@SuppressWarnings("unchecked")
class ApiBodiesTest {

    private static final int YEAR = Year.now(ZoneOffset.UTC).getValue();
    private static final Population POPULATION = Population.generate(11L, new Sizes(1_000, 40, 1_000), YEAR);
    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);
    private static final ServiceRules RULES = ServiceRules.compiled();

    @Test
    void everyMenteePathIsAcceptedByProfilesOwnRulesAndCarriesEveryField() {
        Set<String> sent = new TreeSet<>();
        POPULATION.mentees().forEach(mentee -> assertThat(RULES.menteeProblems(ApiBodies.path(mentee), YEAR, sent))
                .as(mentee.login().email()).isEmpty());
        assertThat(sent).as("every field of MenteePath, nested ones too")
                .isEqualTo(ServiceRules.fieldPaths(RULES.type(ServiceRules.MENTEE_PATH)));
    }

    @Test
    void everyMentorListingIsAcceptedByTheDirectorysOwnRulesAndCarriesEveryField() {
        Set<String> sent = new TreeSet<>();
        POPULATION.mentors().forEach(mentor -> assertThat(RULES.listingViolations(ApiBodies.listing(mentor, TODAY), TODAY, sent))
                .as(mentor.login().email()).isEmpty());
        assertThat(sent).as("every field of ListingRequest")
                .isEqualTo(ServiceRules.fieldPaths(RULES.type(ServiceRules.LISTING_REQUEST)));
        assertThat(POPULATION.mentors()).filteredOn(mentor -> !mentor.accepting()).isNotEmpty().allSatisfy(mentor ->
                assertThat(ApiBodies.listing(mentor, TODAY)).containsEntry("accepting", false)
                        .containsEntry("pausedUntil", TODAY.plusDays(mentor.pausedForDays()).toString()));
    }

    @Test
    void theRulesCheckRefuseWhatTheServicesRefuse() {
        Map<String, Object> path = ApiBodies.path(POPULATION.mentees().getFirst());
        Map<String, Object> citizenWithVisa = new LinkedHashMap<>(path);
        citizenWithVisa.putAll(Map.of("usCitizen", true, "visaNeed", "J1", "priorMatchCycles", 11));
        assertThat(RULES.menteeProblems(citizenWithVisa, YEAR, new TreeSet<>())).containsKeys("visaNeed", "priorMatchCycles");
        Map<String, Object> unknownField = new LinkedHashMap<>(path);
        unknownField.put("matchAttempts", 2);
        assertThatThrownBy(() -> RULES.menteeProblems(unknownField, YEAR, new TreeSet<>())).hasMessageContaining("matchAttempts");
        Map<String, Object> oldVocabulary = new LinkedHashMap<>(path);
        oldVocabulary.put("ecfmgStatus", "PENDING");
        assertThatThrownBy(() -> RULES.menteeProblems(oldVocabulary, YEAR, new TreeSet<>())).hasMessageContaining("PENDING");

        Map<String, Object> listing = ApiBodies.listing(POPULATION.mentors().getFirst(), TODAY);
        Map<String, Object> broken = new LinkedHashMap<>(listing);
        broken.putAll(Map.of("capacity", 11, "accepting", false, "pausedUntil", TODAY.toString(),
                "graduationYear", (Integer) listing.get("matchedYear") + 1, "exams", Map.of("step2ckScore", 240)));
        assertThat(RULES.listingViolations(broken, TODAY, new TreeSet<>()))
                .anyMatch(message -> message.contains("'capacity'")).anyMatch(message -> message.contains("'pausedUntil'"))
                .anyMatch(message -> message.contains("'graduationYear'"))
                .anyMatch(message -> message.contains("'exams.usmleAttempts'"));
    }

    @Test
    void forumsAndAccountsAreValid() {
        assertThat(POPULATION.forums()).allSatisfy(forum -> {
            Map<String, Object> body = ApiBodies.forum(forum);
            assertThat((String) body.get("name")).isNotBlank().hasSizeLessThanOrEqualTo(80);
            assertThat((List<?>) body.get("tags")).hasSizeBetween(1, 10)
                    .allMatch(tag -> ((String) tag).matches("^(specialty|country|visa|cycle|goal):[A-Za-z0-9_-]{1,20}$"));
        });
        POPULATION.mentees().forEach(mentee -> {
            Map<String, Object> body = ApiBodies.registration(mentee.login(), "MENTEE");
            assertThat((String) body.get("email")).matches("[^@\\s]+@[^@\\s]+\\.[a-z]+").hasSizeLessThanOrEqualTo(254);
            assertThat((String) body.get("password")).hasSizeBetween(12, 72);
            assertThat((String) body.get("displayName")).isNotBlank().hasSizeLessThanOrEqualTo(100);
        });
    }

    @Test
    void theShownMenteeHasAMentorOnTheSamePath() {
        DemoLogins logins = DemoSeeder.logins(POPULATION);
        var mentee = POPULATION.mentees().stream().filter(m -> m.login().equals(logins.mentee())).findFirst().orElseThrow();
        var mentor = POPULATION.mentors().stream().filter(m -> m.login().equals(logins.mentor())).findFirst().orElseThrow();
        assertThat(DemoSeeder.overlap(mentee, mentor)).isEqualTo(3);
        assertThat(logins.moderator()).isEqualTo(POPULATION.moderator());
    }
}
