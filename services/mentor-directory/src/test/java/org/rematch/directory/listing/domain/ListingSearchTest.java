package org.rematch.directory.listing.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.rematch.directory.listing.domain.Journeys.TODAY;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.rematch.contracts.mentees.VisaNeed;
import org.rematch.contracts.path.CurrentRole;
import org.rematch.contracts.path.HelpTopic;
import org.rematch.contracts.path.Specialty;

class ListingSearchTest {

    private static final MentorListing IM_PK = listing("a", Specialty.IM, "PK", Set.of(HelpTopic.VISA, HelpTopic.EXAMS),
            List.of("en", "ur"), VisaNeed.J1, CurrentRole.ATTENDING, Availability.ACCEPTING);
    private static final MentorListing FM_IN_PA = listing("b", Specialty.FM, "IN", Set.of(HelpTopic.ALTERNATIVE_CAREERS),
            List.of("hi"), VisaNeed.NONE, CurrentRole.PA_NP, Availability.CLOSED);

    private static MentorListing listing(String id, Specialty specialty, String country, Set<HelpTopic> topics,
            List<String> languages, VisaNeed visa, CurrentRole role, Availability availability) {
        return MentorListing.list(id, id, Journeys.journey(specialty, country, topics, languages, visa, role), availability);
    }

    private static ListingSearch search(String... pairs) {
        String[] p = new String[10];
        List<String> names = List.of("specialty", "country", "topic", "language", "visaPath", "alternativeCareer",
                "hasCapacity", "sort", "page", "size");
        for (int i = 0; i < pairs.length; i += 2) {
            p[names.indexOf(pairs[i])] = pairs[i + 1];
        }
        return ListingSearch.parse(list(p[0]), list(p[1]), list(p[2]), list(p[3]), list(p[4]), p[5], p[6], p[7], p[8], p[9]);
    }

    private static List<String> list(String value) {
        return value == null ? null : List.of(value);
    }

    private static List<String> refused(String... pairs) {
        try {
            search(pairs);
        } catch (InvalidInput e) {
            return e.violations().stream().map(Violation::field).toList();
        }
        throw new AssertionError("expected InvalidInput");
    }

    @Test
    void noFiltersMatchEveryListingOnPageZeroOfTwenty() {
        ListingSearch search = search();

        assertThat(search.matches(IM_PK, TODAY)).isTrue();
        assertThat(search.matches(FM_IN_PA, TODAY)).isTrue();
        assertThat(search.page()).isZero();
        assertThat(search.size()).isEqualTo(ListingSearch.DEFAULT_SIZE);
        assertThat(search.sort()).isEqualTo(ListingSearch.Sort.RELEVANCE);
    }

    @Test
    void eachFilterKeepsListingsWithAnyOfItsValues() {
        assertThat(search("specialty", "im,peds").matches(IM_PK, TODAY)).isTrue();
        assertThat(search("specialty", "FM").matches(IM_PK, TODAY)).isFalse();
        assertThat(search("country", "pk").matches(IM_PK, TODAY)).isTrue();
        assertThat(search("country", "IN").matches(IM_PK, TODAY)).isFalse();
        assertThat(search("topic", "visa,usce").matches(IM_PK, TODAY)).isTrue();
        assertThat(search("topic", "USCE").matches(IM_PK, TODAY)).isFalse();
        assertThat(search("language", "UR").matches(IM_PK, TODAY)).isTrue();
        assertThat(search("language", "hi").matches(IM_PK, TODAY)).isFalse();
        assertThat(search("visaPath", "j1").matches(IM_PK, TODAY)).isTrue();
        assertThat(search("visaPath", "H1B").matches(IM_PK, TODAY)).isFalse();
        assertThat(search("alternativeCareer", "true").matches(FM_IN_PA, TODAY)).isTrue();
        assertThat(search("alternativeCareer", "true").matches(IM_PK, TODAY)).isFalse();
        assertThat(search("alternativeCareer", "false").matches(IM_PK, TODAY)).isTrue();
        assertThat(search("hasCapacity", "true").matches(IM_PK, TODAY)).isTrue();
        assertThat(search("hasCapacity", "true").matches(FM_IN_PA, TODAY)).isFalse();
        assertThat(search("hasCapacity", "false").matches(FM_IN_PA, TODAY)).isTrue();
    }

    @Test
    void differentFiltersMustAllHold() {
        assertThat(search("specialty", "IM", "country", "PK", "topic", "VISA").matches(IM_PK, TODAY)).isTrue();
        assertThat(search("specialty", "IM", "country", "IN").matches(IM_PK, TODAY)).isFalse();
    }

    @Test
    void anEndedPauseHasCapacityAgain() {
        MentorListing paused = listing("c", Specialty.IM, "PK", Set.of(HelpTopic.VISA), List.of("en"), VisaNeed.NONE,
                CurrentRole.RESIDENT, Availability.pausedUntil(TODAY.plusDays(1)));

        assertThat(search("hasCapacity", "true").matches(paused, TODAY)).isFalse();
        assertThat(search("hasCapacity", "true").matches(paused, TODAY.plusDays(1))).isTrue();
    }

    @Test
    void everyBadParameterIsNamed() {
        assertThat(refused("specialty", "Internal Medicine", "country", "Pakistan", "topic", "VISAS", "language", "urdu",
                "visaPath", "F1", "alternativeCareer", "maybe", "hasCapacity", "1", "sort", "score", "page", "-1", "size", "51"))
                .containsExactly("specialty", "country", "topic", "language", "visaPath", "alternativeCareer", "hasCapacity",
                        "sort", "page", "size");
        assertThat(refused("size", "0")).containsExactly("size");
        assertThat(refused("page", "two")).containsExactly("page");
        assertThat(refused("country", "PK,XX")).containsExactly("country");
    }

    @Test
    void relevancePutsAcceptingFirstThenMostTopicsAndLanguagesThenNewest() {
        Instant t = Instant.parse("2026-01-01T00:00:00Z");
        MentorListing oneTopic = listing("one", Specialty.IM, "PK", Set.of(HelpTopic.VISA), List.of("fr", "ur"), VisaNeed.NONE,
                CurrentRole.RESIDENT, Availability.ACCEPTING);
        MentorListing twoAndLanguage = listing("two", Specialty.IM, "PK", Set.of(HelpTopic.VISA, HelpTopic.EXAMS),
                List.of("ur"), VisaNeed.NONE, CurrentRole.RESIDENT, Availability.ACCEPTING);
        MentorListing closedButPerfect = listing("closed", Specialty.IM, "PK", Set.of(HelpTopic.VISA, HelpTopic.EXAMS),
                List.of("ur"), VisaNeed.NONE, CurrentRole.RESIDENT, Availability.CLOSED);
        MentorListing oneTopicNewer = listing("newer", Specialty.IM, "PK", Set.of(HelpTopic.EXAMS), List.of("ur"), VisaNeed.NONE,
                CurrentRole.RESIDENT, Availability.ACCEPTING);
        List<ListingSearch.Listed> all = List.of(new ListingSearch.Listed(closedButPerfect, t.plusSeconds(9)),
                new ListingSearch.Listed(oneTopic, t), new ListingSearch.Listed(oneTopicNewer, t.plusSeconds(5)),
                new ListingSearch.Listed(twoAndLanguage, t.plusSeconds(1)));

        ListingSearch.Page<ListingSearch.Listed> page = search("topic", "VISA,EXAMS", "language", "ur").run(all, TODAY);

        assertThat(page.items()).extracting(listed -> listed.listing().mentorId()).containsExactly("two", "newer", "one", "closed");
        assertThat(search("sort", "newest").run(all, TODAY).items()).extracting(listed -> listed.listing().mentorId())
                .containsExactly("closed", "newer", "two", "one");
        ListingSearch byMatch = search("topic", "VISA,EXAMS", "language", "ur", "sort", "match");
        assertThat(byMatch.run(all, TODAY, Map.of("one", 0.4, "closed", 0.9, "elsewhere", 1.0)).items())
                .as("scored mentors best first, then the rest by relevance")
                .extracting(listed -> listed.listing().mentorId()).containsExactly("closed", "one", "two", "newer");
        assertThat(byMatch.run(all, TODAY).items()).as("no scores: relevance")
                .extracting(listed -> listed.listing().mentorId()).containsExactly("two", "newer", "one", "closed");
        assertThat(byMatch.sortedBy(ListingSearch.Sort.RELEVANCE)).isEqualTo(search("topic", "VISA,EXAMS", "language", "ur"));
    }

    @Test
    void pagesSliceTheOrderedResultsAndCountThemAll() {
        Instant t = Instant.parse("2026-01-01T00:00:00Z");
        List<ListingSearch.Listed> five = List.of("a", "b", "c", "d", "e").stream().map(id -> new ListingSearch.Listed(
                listing(id, Specialty.IM, "PK", Set.of(HelpTopic.VISA), List.of("en"), VisaNeed.NONE, CurrentRole.RESIDENT,
                        Availability.ACCEPTING), t)).toList();

        ListingSearch.Page<ListingSearch.Listed> second = search("page", "1", "size", "2").run(five, TODAY);
        ListingSearch.Page<ListingSearch.Listed> last = search("page", "2", "size", "2").run(five, TODAY);
        ListingSearch.Page<ListingSearch.Listed> beyond = search("page", "3", "size", "2").run(five, TODAY);

        assertThat(second.items()).extracting(listed -> listed.listing().mentorId()).containsExactly("c", "d");
        assertThat(second.total()).isEqualTo(5);
        assertThat(second.totalPages()).isEqualTo(3);
        assertThat(last.items()).extracting(listed -> listed.listing().mentorId()).containsExactly("e");
        assertThat(beyond.items()).isEmpty();
        assertThat(beyond.total()).isEqualTo(5);
    }

    @Property
    void anyCasingOfASpecialtyCodeFindsIt(@ForAll("casings") String code) {
        Specialty specialty = Specialty.valueOf(code.toUpperCase(Locale.ROOT));
        MentorListing listing = listing("p", specialty, "NG", Set.of(HelpTopic.EXAMS), List.of("en"), VisaNeed.NONE,
                CurrentRole.RESIDENT, Availability.ACCEPTING);

        ListingSearch search = search("specialty", code);

        assertThat(search.specialties()).containsExactly(specialty);
        assertThat(search.matches(listing, TODAY)).isTrue();
    }

    @Provide
    Arbitrary<String> casings() {
        return Arbitraries.of(Specialty.class).flatMap(s -> Arbitraries.of(s.name(), s.name().toLowerCase(Locale.ROOT),
                s.name().charAt(0) + s.name().substring(1).toLowerCase(Locale.ROOT)));
    }

    @Test
    void aSearchIsNeverOutOfItsBounds() {
        assertThatThrownBy(() -> search("size", "1000000000000")).isInstanceOf(InvalidInput.class);
        assertThat(search("size", "50").size()).isEqualTo(50);
        assertThat(Optional.of(search("sort", "NEWEST").sort())).contains(ListingSearch.Sort.NEWEST);
    }
}
