package org.rematch.directory.listing.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class ListingSearchTest {

    private static final MentorListing IM_PK = MentorListing.list("m-1", "Dr. Ahmed", new Journey("IM", "PK", 2, 3, true));

    @Test
    void emptyOrBlankFiltersMatchEveryListing() {
        ListingSearch search = ListingSearch.of(null, "  ");

        assertThat(search.specialty()).isEmpty();
        assertThat(search.country()).isEmpty();
        assertThat(search.matches(IM_PK)).isTrue();
    }

    @Test
    void filtersAreCaseInsensitiveAndBothMustHold() {
        assertThat(ListingSearch.of("im", "pk").matches(IM_PK)).isTrue();
        assertThat(ListingSearch.of(" Im ", null).matches(IM_PK)).isTrue();
        assertThat(ListingSearch.of("im", "IN").matches(IM_PK)).isFalse();
        assertThat(ListingSearch.of("FM", "PK").matches(IM_PK)).isFalse();
    }

    @Test
    void aFilterThatCannotBeACodeNamesItsParameter() {
        assertThatThrownBy(() -> ListingSearch.of("IM", "Pakistan"))
                .isInstanceOfSatisfying(ListingSearch.InvalidFilter.class, e -> assertThat(e.parameter()).isEqualTo("country"));
        assertThatThrownBy(() -> ListingSearch.of("internal.*", null))
                .isInstanceOfSatisfying(ListingSearch.InvalidFilter.class, e -> assertThat(e.parameter()).isEqualTo("specialty"));
    }

    @Property
    void anyCasingOfAValidSpecialtyFindsTheUppercaseCode(@ForAll @AlphaChars @StringLength(min = 1, max = 10) String letters) {
        String code = letters.toUpperCase(Locale.ROOT);
        MentorListing listing = MentorListing.list("m-2", "x", new Journey(code, "NG", 0, 1, true));

        ListingSearch search = ListingSearch.of(letters.toLowerCase(Locale.ROOT), null);

        assertThat(search.specialty()).isEqualTo(Optional.of(code));
        assertThat(search.matches(listing)).isTrue();
    }
}
