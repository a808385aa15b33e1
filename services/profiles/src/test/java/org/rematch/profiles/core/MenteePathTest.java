package org.rematch.profiles.core;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import net.jqwik.api.constraints.UpperChars;
import org.junit.jupiter.api.Test;
import org.rematch.contracts.mentees.VisaNeed;

class MenteePathTest {

    private static final int THIS_YEAR = 2026;

    private static MenteePath path(String specialty, String country, Integer year, Integer attempts, VisaNeed visa) {
        return new MenteePath(specialty, country, year, attempts, visa);
    }

    @Test
    void aTypicalPathHasNoProblems() {
        assertThat(path("IM", "PK", 2021, 2, VisaNeed.J1).problems(THIS_YEAR)).isEmpty();
        assertThat(path("PSYCH", "NG", 1970, 0, VisaNeed.NONE).problems(THIS_YEAR)).isEmpty();
        assertThat(path("GS", "IN", THIS_YEAR, 10, VisaNeed.H1B).problems(THIS_YEAR)).isEmpty();
    }

    @Test
    void everyMissingFieldIsNamed() {
        assertThat(path(null, null, null, null, null).problems(THIS_YEAR))
                .containsOnlyKeys("targetSpecialty", "medicalSchoolCountry", "graduationYear", "matchAttempts", "visaNeed");
    }

    @Test
    void theSpecialtyIsAShortUppercaseCode() {
        assertThat(path(" ", "PK", 2021, 2, VisaNeed.J1).problems(THIS_YEAR)).containsOnlyKeys("targetSpecialty");
        assertThat(path("im", "PK", 2021, 2, VisaNeed.J1).problems(THIS_YEAR)).containsOnlyKeys("targetSpecialty");
        assertThat(path("INTERNALMED", "PK", 2021, 2, VisaNeed.J1).problems(THIS_YEAR)).containsOnlyKeys("targetSpecialty");
        assertThat(path("OB-GYN", "PK", 2021, 2, VisaNeed.J1).problems(THIS_YEAR)).containsOnlyKeys("targetSpecialty");
    }

    @Test
    void theCountryIsAnExistingIsoAlpha2Code() {
        assertThat(path("IM", "pk", 2021, 2, VisaNeed.J1).problems(THIS_YEAR)).containsOnlyKeys("medicalSchoolCountry");
        assertThat(path("IM", "PAK", 2021, 2, VisaNeed.J1).problems(THIS_YEAR)).containsOnlyKeys("medicalSchoolCountry");
        assertThat(path("IM", "XX", 2021, 2, VisaNeed.J1).problems(THIS_YEAR)).containsOnlyKeys("medicalSchoolCountry");
    }

    @Test
    void graduationAndAttemptsHaveBounds() {
        assertThat(path("IM", "PK", 1969, 2, VisaNeed.J1).problems(THIS_YEAR)).containsOnlyKeys("graduationYear");
        assertThat(path("IM", "PK", THIS_YEAR + 1, 2, VisaNeed.J1).problems(THIS_YEAR))
                .containsEntry("graduationYear", "must be between 1970 and " + THIS_YEAR);
        assertThat(path("IM", "PK", 2021, -1, VisaNeed.J1).problems(THIS_YEAR)).containsOnlyKeys("matchAttempts");
        assertThat(path("IM", "PK", 2021, 11, VisaNeed.J1).problems(THIS_YEAR)).containsOnlyKeys("matchAttempts");
    }

    @Property
    void everyYearFrom1970ToThisYearIsAcceptedAndNoOther(@ForAll @IntRange(min = 1900, max = 2100) int year) {
        boolean accepted = path("IM", "PK", year, 1, VisaNeed.NONE).problems(THIS_YEAR).isEmpty();

        assertThat(accepted).isEqualTo(year >= 1970 && year <= THIS_YEAR);
    }

    @Property
    void everyShortUppercaseCodeIsASpecialty(@ForAll @UpperChars @StringLength(min = 1, max = 10) String code) {
        assertThat(path(code, "PK", 2021, 1, VisaNeed.NONE).problems(THIS_YEAR)).isEmpty();
    }
}
