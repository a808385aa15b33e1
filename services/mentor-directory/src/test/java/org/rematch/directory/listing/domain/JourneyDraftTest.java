package org.rematch.directory.listing.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.rematch.directory.listing.domain.Journeys.TODAY;
import static org.rematch.directory.listing.domain.Journeys.draft;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rematch.contracts.mentees.VisaNeed;
import org.rematch.contracts.path.CurrentRole;
import org.rematch.contracts.path.ExamHistory;
import org.rematch.contracts.path.HelpTopic;
import org.rematch.contracts.path.Specialty;

class JourneyDraftTest {

    private static final JourneyDraft EMPTY = new JourneyDraft(null, null, null, null, null, null, null, null, null, null,
            null, null, null, null, null, null, null);

    private static List<String> fieldsRefused(JourneyDraft draft) {
        try {
            draft.validate(TODAY);
        } catch (InvalidInput e) {
            return e.violations().stream().map(Violation::field).toList();
        }
        throw new AssertionError("expected an InvalidInput for " + draft);
    }

    /** The full draft with one field replaced. */
    private static JourneyDraft with(String field, Object value) {
        JourneyDraft d = draft();
        RecordComponent[] components = JourneyDraft.class.getRecordComponents();
        if (Arrays.stream(components).noneMatch(component -> component.getName().equals(field))) {
            throw new IllegalArgumentException("JourneyDraft has no field " + field);
        }
        try {
            Object[] v = new Object[components.length];
            for (int i = 0; i < components.length; i++) {
                v[i] = components[i].getName().equals(field) ? value : components[i].getAccessor().invoke(d);
            }
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
        assertThat(journey.graduationYear()).isEqualTo(2016);
        assertThat(journey.exams()).isEqualTo(new ExamHistory(241, 3));
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
        assertThat(fieldsRefused(with("matchedYear", 1949))).as("and the draft's graduation in 2016 comes after it")
                .containsExactly("matchedYear", "graduationYear");
        assertThat(with("matchedYear", 2026).validate(TODAY).matchedYear()).isEqualTo(2026);
    }

    @Test
    void graduationYearAndExamsAreTheMentorsToTell() {
        assertThat(with("exams", null).validate(TODAY).exams()).isNull();
        assertThat(with("graduationYear", null).validate(TODAY).graduationYear()).isNull();
        assertThat(with("exams", new ExamsDraft(null, 2)).validate(TODAY).exams()).isEqualTo(new ExamHistory(null, 2));
    }

    @Test
    void theGraduationYearIsFrom1940AndNotAfterTheMatch() {
        assertThat(fieldsRefused(with("graduationYear", 1939))).containsExactly("graduationYear");
        assertThat(fieldsRefused(with("graduationYear", 2023))).as("after matching in 2022").containsExactly("graduationYear");
        assertThat(with("graduationYear", 1940).validate(TODAY).graduationYear()).isEqualTo(1940);
        assertThat(with("graduationYear", 2022).validate(TODAY).graduationYear()).isEqualTo(2022);
    }

    @Test
    void examsHaveAScoreFrom1To300IfToldAndAttemptsFrom1To12Always() {
        for (ExamsDraft badScore : List.of(new ExamsDraft(0, 2), new ExamsDraft(301, 2), new ExamsDraft(-240, 2))) {
            assertThat(fieldsRefused(with("exams", badScore))).as("%s", badScore).containsExactly("exams.step2ckScore");
        }
        for (ExamsDraft badAttempts : List.of(new ExamsDraft(240, null), new ExamsDraft(null, null), new ExamsDraft(240, 0),
                new ExamsDraft(240, 13))) {
            assertThat(fieldsRefused(with("exams", badAttempts))).as("%s", badAttempts).containsExactly("exams.usmleAttempts");
        }
        assertThat(with("exams", new ExamsDraft(1, 1)).validate(TODAY).exams()).isEqualTo(new ExamHistory(1, 1));
        assertThat(with("exams", new ExamsDraft(300, 12)).validate(TODAY).exams()).isEqualTo(new ExamHistory(300, 12));
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

        JourneyDraft usSchool = new JourneyDraft(Specialty.FM, 2020, "US", true, 0, false, VisaNeed.NONE, null, null, Set.of(),
                CurrentRole.RESIDENT, ProgramType.COMMUNITY, Set.of(HelpTopic.EXAMS), List.of("en"), "America/New_York", null, 1);
        assertThat(fieldsRefused(usSchool)).containsExactly("usImg");
    }

    @Test
    void clinicalRolesNameTheirProgramTypeAlternativeCareersNeedNot() {
        assertThat(fieldsRefused(with("programType", null))).containsExactly("programType");

        JourneyDraft publicHealth = with("currentRole", CurrentRole.PUBLIC_HEALTH);
        Journey journey = new JourneyDraft(publicHealth.matchedSpecialty(), 2019, "EG", false, 3, false, VisaNeed.NONE, null,
                null, null, CurrentRole.PUBLIC_HEALTH, null, Set.of(HelpTopic.ALTERNATIVE_CAREERS), List.of("ar", "en"), "Africa/Cairo",
                null, 2).validate(TODAY);
        assertThat(journey.alternativeCareer()).isTrue();
        assertThat(journey.programType()).isNull();
    }

    @Test
    void violationsOfSeveralFieldsAreAllNamed() {
        JourneyDraft bad = new JourneyDraft(Specialty.IM, 3000, "PAK", false, 12, false, VisaNeed.H1B, 1900,
                new ExamsDraft(400, 0), Set.of(), CurrentRole.FELLOW, null, Set.of(), List.of("xx"), "Mars/Olympus", null, 0);

        assertThatThrownBy(() -> bad.validate(TODAY)).isInstanceOf(InvalidInput.class).hasMessageContaining("matchedYear")
                .hasMessageContaining("'exams.usmleAttempts'");
        assertThat(fieldsRefused(bad)).containsExactlyInAnyOrder("matchedYear", "medicalSchoolCountry",
                "unmatchedCyclesBeforeMatch", "graduationYear", "exams.step2ckScore", "exams.usmleAttempts", "programType",
                "topics", "languages", "timeZone", "capacity");
    }
}
