package org.rematch.directory.listing.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.rematch.directory.listing.domain.Journeys.TODAY;
import static org.rematch.directory.listing.domain.Journeys.draft;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rematch.contracts.mentees.VisaNeed;
import org.rematch.contracts.path.HelpTopic;
import org.rematch.contracts.path.Specialty;

class JourneyDraftTest {

    private static final JourneyDraft EMPTY = new JourneyDraft(null, null, null, null, null, null, null, null, null, null,
            null, null, null, null, null);

    private static List<String> fieldsRefused(JourneyDraft draft) {
        try {
            draft.validate(TODAY);
        } catch (InvalidInput e) {
            return e.violations().stream().map(Violation::field).toList();
        }
        throw new AssertionError("expected an InvalidInput for " + draft);
    }

    private static JourneyDraft with(String field, Object value) {
        JourneyDraft d = draft();
        Object[] v = {d.matchedSpecialty(), d.matchedYear(), d.medicalSchoolCountry(), d.usImg(),
                d.unmatchedCyclesBeforeMatch(), d.matchedViaSoap(), d.visaPath(), d.whatHelped(), d.currentRole(),
                d.programType(), d.topics(), d.languages(), d.timeZone(), d.bio(), d.capacity()};
        List<String> names = Arrays.stream(JourneyDraft.class.getRecordComponents()).map(c -> c.getName()).toList();
        v[names.indexOf(field)] = value;
        try {
            return (JourneyDraft) JourneyDraft.class.getDeclaredConstructors()[0].newInstance(v);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aFullDraftBecomesAJourneyWithEveryField() {
        Journey journey = draft().validate(TODAY);

        assertThat(journey.matchedSpecialty()).isEqualTo(Specialty.IM);
        assertThat(journey.matchedYear()).isEqualTo(2022);
        assertThat(journey.visaPath()).isEqualTo(VisaNeed.J1);
        assertThat(journey.whatHelped()).containsExactly(WhatHelped.USCE, WhatHelped.RESEARCH_YEAR);
        assertThat(journey.topics()).containsExactly(HelpTopic.APPLICATION_REVIEW, HelpTopic.VISA);
        assertThat(journey.languages()).containsExactly("en", "ur");
        assertThat(journey.alternativeCareer()).isFalse();
        assertThat(journey.bio()).isEqualTo("Matched IM through SOAP.");
    }

    @Test
    void anEmptyDraftNamesEveryRequiredFieldAtOnce() {
        assertThat(fieldsRefused(EMPTY)).containsExactlyInAnyOrder("matchedSpecialty", "matchedYear", "medicalSchoolCountry",
                "usImg", "unmatchedCyclesBeforeMatch", "matchedViaSoap", "visaPath", "currentRole", "topics", "languages",
                "timeZone", "capacity");
    }

    @Test
    void yearsLieBetween1950AndThisYear() {
        assertThat(fieldsRefused(with("matchedYear", 2027))).containsExactly("matchedYear");
        assertThat(fieldsRefused(with("matchedYear", 1949))).containsExactly("matchedYear");
        assertThat(with("matchedYear", 2026).validate(TODAY).matchedYear()).isEqualTo(2026);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "pk", "PAK", "XX", "ZZ", "P1"})
    void theCountryIsARealUpperCaseIsoCode(String country) {
        assertThat(fieldsRefused(with("medicalSchoolCountry", country))).containsExactly("medicalSchoolCountry");
    }

    @Test
    void languagesAreRealLowerCaseIso6391CodesOneToTenWithoutRepeats() {
        assertThat(fieldsRefused(with("languages", List.of()))).containsExactly("languages");
        assertThat(fieldsRefused(with("languages", List.of("EN")))).containsExactly("languages");
        assertThat(fieldsRefused(with("languages", List.of("eng")))).containsExactly("languages");
        assertThat(fieldsRefused(with("languages", List.of("qq")))).containsExactly("languages");
        assertThat(fieldsRefused(with("languages", List.of("en", "en")))).containsExactly("languages");
        assertThat(fieldsRefused(with("languages", Arrays.asList("en", null)))).containsExactly("languages");
        assertThat(fieldsRefused(with("languages", List.of("en", "ur", "hi", "ar", "fr", "es", "de", "it", "pt", "ru", "zh"))))
                .containsExactly("languages");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Chicago", "America/Nowhere", "CST+6"})
    void theTimeZoneIsAnIanaId(String zone) {
        assertThat(fieldsRefused(with("timeZone", zone))).containsExactly("timeZone");
    }

    @Test
    void cyclesCapacityTopicsAndBioHaveBounds() {
        assertThat(fieldsRefused(with("unmatchedCyclesBeforeMatch", -1))).containsExactly("unmatchedCyclesBeforeMatch");
        assertThat(fieldsRefused(with("unmatchedCyclesBeforeMatch", 11))).containsExactly("unmatchedCyclesBeforeMatch");
        assertThat(fieldsRefused(with("capacity", 0))).containsExactly("capacity");
        assertThat(fieldsRefused(with("capacity", 11))).containsExactly("capacity");
        assertThat(with("capacity", 10).validate(TODAY).capacity()).isEqualTo(10);
        assertThat(fieldsRefused(with("topics", Set.of()))).containsExactly("topics");
        assertThat(fieldsRefused(with("bio", "x".repeat(Journey.MAX_BIO + 1)))).containsExactly("bio");
        assertThat(with("bio", "  " + "x".repeat(Journey.MAX_BIO) + "  ").validate(TODAY).bio()).hasSize(Journey.MAX_BIO);
        assertThat(with("bio", "   ").validate(TODAY).bio()).isNull();
    }

    @Test
    void whatHelpedIsOptional() {
        assertThat(with("whatHelped", null).validate(TODAY).whatHelped()).isEmpty();
    }

    @Test
    void aUsImgStudiedAbroadAndTrainedWithoutAVisa() {
        JourneyDraft usImgOnJ1 = with("usImg", true);
        assertThat(fieldsRefused(usImgOnJ1)).containsExactly("visaPath");

        JourneyDraft usSchool = new JourneyDraft(Specialty.FM, 2020, "US", true, 0, false, VisaNeed.NONE, Set.of(),
                CurrentRole.RESIDENT, ProgramType.COMMUNITY, Set.of(HelpTopic.EXAMS), List.of("en"), "America/New_York", null, 1);
        assertThat(fieldsRefused(usSchool)).containsExactly("usImg");
    }

    @Test
    void clinicalRolesNameTheirProgramTypeAlternativeCareersNeedNot() {
        assertThat(fieldsRefused(with("programType", null))).containsExactly("programType");

        JourneyDraft publicHealth = with("currentRole", CurrentRole.PUBLIC_HEALTH);
        Journey journey = new JourneyDraft(publicHealth.matchedSpecialty(), 2019, "EG", false, 3, false, VisaNeed.NONE, null,
                CurrentRole.PUBLIC_HEALTH, null, Set.of(HelpTopic.ALTERNATIVE_CAREERS), List.of("ar", "en"), "Africa/Cairo",
                null, 2).validate(TODAY);
        assertThat(journey.alternativeCareer()).isTrue();
        assertThat(journey.programType()).isNull();
    }

    @Test
    void violationsOfSeveralFieldsAreAllNamed() {
        JourneyDraft bad = new JourneyDraft(Specialty.IM, 3000, "PAK", false, 12, false, VisaNeed.H1B, Set.of(),
                CurrentRole.FELLOW, null, Set.of(), List.of("xx"), "Mars/Olympus", null, 0);

        assertThatThrownBy(() -> bad.validate(TODAY)).isInstanceOf(InvalidInput.class).hasMessageContaining("matchedYear");
        assertThat(fieldsRefused(bad)).containsExactlyInAnyOrder("matchedYear", "medicalSchoolCountry",
                "unmatchedCyclesBeforeMatch", "programType", "topics", "languages", "timeZone", "capacity");
    }
}
