package org.rematch.directory.listing.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JourneyTest {

    @Test
    void aJourneyWithinTheLimitsIsAccepted() {
        Journey journey = new Journey("PEDS", "PK", 10, 20, false);

        assertThat(journey.matchedSpecialty()).isEqualTo("PEDS");
        assertThat(journey.capacity()).isEqualTo(20);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "im", "I M", "ABCDEFGHIJK", "IM1"})
    void aSpecialtyMustBeOneToTenUppercaseLetters(String specialty) {
        assertThatIllegalArgumentException().isThrownBy(() -> new Journey(specialty, "PK", 0, 1, true))
                .withMessageContaining("matchedSpecialty");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "P", "PAK", "pk", "P1"})
    void aCountryMustBeTwoUppercaseLetters(String country) {
        assertThatIllegalArgumentException().isThrownBy(() -> new Journey("IM", country, 0, 1, true))
                .withMessageContaining("medicalSchoolCountry");
    }

    @Test
    void cyclesAndCapacityHaveBounds() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Journey("IM", "PK", -1, 1, true))
                .withMessageContaining("unmatchedCyclesBeforeMatch");
        assertThatIllegalArgumentException().isThrownBy(() -> new Journey("IM", "PK", 11, 1, true))
                .withMessageContaining("unmatchedCyclesBeforeMatch");
        assertThatIllegalArgumentException().isThrownBy(() -> new Journey("IM", "PK", 0, 0, true))
                .withMessageContaining("capacity");
        assertThatIllegalArgumentException().isThrownBy(() -> new Journey("IM", "PK", 0, 21, true))
                .withMessageContaining("capacity");
    }

    @Test
    void nullCodesAreRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Journey(null, "PK", 0, 1, true));
        assertThatIllegalArgumentException().isThrownBy(() -> new Journey("IM", null, 0, 1, true));
    }
}
