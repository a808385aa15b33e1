package org.rematch.profiles.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import net.jqwik.api.constraints.UpperChars;
import org.junit.jupiter.api.Test;
import org.rematch.contracts.mentees.ForumJoining;
import org.rematch.contracts.mentees.SensitiveField;
import org.rematch.contracts.mentees.VisaNeed;
import org.rematch.contracts.path.HelpTopic;
import org.rematch.contracts.path.NextYearGoal;
import org.rematch.contracts.path.Specialty;

class MenteePathTest {

    private static final int THIS_YEAR = 2026;

    /** Every field set, consistent: Step 1 passed, Step 2 CK taken twice, ECFMG certified, Step 3 passed. */
    static MenteePath full() {
        return new MenteePath(List.of(Specialty.IM, Specialty.FM, Specialty.IMPRELIM), "PK", "King Edward Medical University",
                false, 2021, EcfmgStatus.CERTIFIED,
                new Usmle(new StepOne(StepOutcome.PASS, 1), new StepTwoCk(238, 2), true),
                new ClinicalExperience(6, Set.of(ClinicalExperienceKind.HANDS_ON, ClinicalExperienceKind.OBSERVERSHIP)),
                3, 2, true, VisaNeed.J1, NextYearGoal.REAPPLY_SAME_SPECIALTY, List.of("en", "ur"), "Asia/Karachi",
                Set.of(UsRegion.NORTHEAST), Set.of(HelpTopic.INTERVIEWS), Set.of(SensitiveField.MATCH_ATTEMPTS),
                ForumJoining.JOIN_AUTOMATICALLY);
    }

    /** Only the required fields. */
    static MenteePath minimal() {
        return new MenteePath(List.of(Specialty.IM), "PK", null, false, 2021, null, null, null, null, 1, null,
                VisaNeed.J1, NextYearGoal.REAPPLY_SAME_SPECIALTY, List.of("en"), "Asia/Karachi", null, null, null, null);
    }

    /** {@code base} with component {@code index} (declaration order) replaced. */
    private static MenteePath with(MenteePath base, String component, Object value) {
        var components = MenteePath.class.getRecordComponents();
        Object[] values = new Object[components.length];
        try {
            for (int i = 0; i < components.length; i++) {
                values[i] = components[i].getName().equals(component) ? value : components[i].getAccessor().invoke(base);
            }
            Class<?>[] types = Arrays.stream(components).map(c -> c.getType()).toArray(Class<?>[]::new);
            return MenteePath.class.getDeclaredConstructor(types).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    private static Set<String> problemsOf(MenteePath path) {
        return path.problems(THIS_YEAR).keySet();
    }

    private static MenteePath usmle(StepOne step1, StepTwoCk step2ck, Boolean step3) {
        return with(full(), "usmle", new Usmle(step1, step2ck, step3));
    }

    @Test
    void aFullAndAMinimalPathHaveNoProblems() {
        assertThat(full().problems(THIS_YEAR)).isEmpty();
        assertThat(minimal().problems(THIS_YEAR)).isEmpty();
    }

    @Test
    void everyRequiredFieldIsNamedWhenMissing() {
        MenteePath nothing = new MenteePath(null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null);

        assertThat(problemsOf(nothing)).containsExactly("targetSpecialties", "medicalSchoolCountry", "usCitizen",
                "graduationYear", "priorMatchCycles", "visaNeed", "goal", "languages", "timeZone");
    }

    @Test
    void defaultsFillWhatMayBeLeftOut() {
        MenteePath filled = minimal().withDefaults();

        assertThat(filled.ecfmgStatus()).isEqualTo(EcfmgStatus.NOT_STARTED);
        assertThat(filled.usmle()).isEqualTo(Usmle.NOTHING_TAKEN);
        assertThat(filled.usClinicalExperience()).isEqualTo(ClinicalExperience.NONE);
        assertThat(filled.researchItems()).isZero();
        assertThat(filled.soapTried()).isFalse();
        assertThat(filled.usRegionPreference()).isEmpty();
        assertThat(filled.helpWanted()).isEmpty();
        assertThat(filled.sharedWithMentors()).isEmpty();
        assertThat(filled.forumJoining()).isEqualTo(ForumJoining.INVITE);
        assertThat(filled.problems(THIS_YEAR)).isEmpty();
        assertThat(full().withDefaults()).isEqualTo(full());
    }

    @Test
    void targetSpecialtiesAreOneToThreeDistinctCodes() {
        assertThat(problemsOf(with(full(), "targetSpecialties", List.of()))).containsExactly("targetSpecialties");
        assertThat(problemsOf(with(full(), "targetSpecialties",
                List.of(Specialty.IM, Specialty.FM, Specialty.PEDS, Specialty.TY)))).containsExactly("targetSpecialties");
        assertThat(problemsOf(with(full(), "targetSpecialties", List.of(Specialty.IM, Specialty.IM))))
                .containsExactly("targetSpecialties");
        assertThat(problemsOf(with(full(), "targetSpecialties", Arrays.asList(Specialty.IM, null))))
                .containsExactly("targetSpecialties[1]");
        assertThat(problemsOf(with(full(), "targetSpecialties", List.of(Specialty.SURGPRELIM, Specialty.TY)))).isEmpty();
    }

    @Test
    void theSchoolIsAbroadInARealCountry() {
        assertThat(problemsOf(with(full(), "medicalSchoolCountry", "pk"))).containsExactly("medicalSchoolCountry");
        assertThat(problemsOf(with(full(), "medicalSchoolCountry", "XX"))).containsExactly("medicalSchoolCountry");
        assertThat(problemsOf(with(full(), "medicalSchoolCountry", "PAK"))).containsExactly("medicalSchoolCountry");
        assertThat(problemsOf(with(full(), "medicalSchoolCountry", "US"))).containsExactly("medicalSchoolCountry");
        assertThat(problemsOf(with(full(), "medicalSchoolName", " "))).containsExactly("medicalSchoolName");
        assertThat(problemsOf(with(full(), "medicalSchoolName", "x".repeat(201)))).containsExactly("medicalSchoolName");
        assertThat(problemsOf(with(full(), "medicalSchoolName", "Line\nbreak"))).containsExactly("medicalSchoolName");
    }

    @Test
    void aUsCitizenNeedsNoVisa() {
        assertThat(problemsOf(with(full(), "usCitizen", true))).containsExactly("visaNeed");
        assertThat(with(with(full(), "usCitizen", true), "visaNeed", VisaNeed.NONE).problems(THIS_YEAR)).isEmpty();
    }

    @Test
    void stepOneAttemptsFitItsOutcome() {
        assertThat(problemsOf(usmle(new StepOne(null, 1), null, false))).contains("usmle.step1.outcome");
        assertThat(problemsOf(usmle(new StepOne(StepOutcome.FAIL, 0), null, false))).contains("usmle.step1.attempts");
        assertThat(problemsOf(usmle(new StepOne(StepOutcome.PASS, null), null, false))).contains("usmle.step1.attempts");
        assertThat(problemsOf(usmle(new StepOne(StepOutcome.PASS, 7), null, false))).contains("usmle.step1.attempts");
        assertThat(problemsOf(usmle(new StepOne(StepOutcome.NOT_TAKEN, 1), null, false))).contains("usmle.step1.attempts");
        assertThat(problemsOf(with(usmle(new StepOne(StepOutcome.FAIL, 2), null, false), "ecfmgStatus", EcfmgStatus.IN_PROGRESS)))
                .isEmpty();
    }

    @Test
    void aStepTwoScoreIsOneToThreeHundredAndNeedsAnAttempt() {
        assertThat(problemsOf(usmle(new StepOne(StepOutcome.PASS, 1), new StepTwoCk(0, 1), false)))
                .containsExactly("usmle.step2ck.score");
        assertThat(problemsOf(usmle(new StepOne(StepOutcome.PASS, 1), new StepTwoCk(301, 1), false)))
                .containsExactly("usmle.step2ck.score");
        assertThat(problemsOf(usmle(new StepOne(StepOutcome.PASS, 1), new StepTwoCk(240, 0), false)))
                .containsExactly("usmle.step2ck.attempts", "ecfmgStatus");
        assertThat(problemsOf(usmle(new StepOne(StepOutcome.PASS, 1), new StepTwoCk(null, 7), false)))
                .containsExactly("usmle.step2ck.attempts");
        assertThat(problemsOf(usmle(new StepOne(StepOutcome.PASS, 1), new StepTwoCk(null, 1), false))).isEmpty();
    }

    @Test
    void stepThreeAndCertificationNeedStepOnePassedAndStepTwoTaken() {
        MenteePath noStepTwo = usmle(new StepOne(StepOutcome.PASS, 1), null, true);
        assertThat(problemsOf(noStepTwo)).containsExactly("usmle.step3Passed", "ecfmgStatus");
        MenteePath stepOneFailed = usmle(new StepOne(StepOutcome.FAIL, 1), new StepTwoCk(230, 1), false);
        assertThat(problemsOf(stepOneFailed)).containsExactly("ecfmgStatus");
        assertThat(problemsOf(with(minimal(), "ecfmgStatus", EcfmgStatus.CERTIFIED))).containsExactly("ecfmgStatus");
    }

    @Test
    void clinicalMonthsAndKindsGoTogether() {
        assertThat(problemsOf(with(full(), "usClinicalExperience", new ClinicalExperience(3, Set.of()))))
                .containsExactly("usClinicalExperience.kinds");
        assertThat(problemsOf(with(full(), "usClinicalExperience",
                new ClinicalExperience(0, Set.of(ClinicalExperienceKind.EXTERNSHIP))))).containsExactly("usClinicalExperience.months");
        assertThat(problemsOf(with(full(), "usClinicalExperience", new ClinicalExperience(121, null))))
                .containsExactly("usClinicalExperience.months");
        assertThat(problemsOf(with(full(), "usClinicalExperience", new ClinicalExperience(null, null))))
                .containsExactly("usClinicalExperience.months");
        assertThat(problemsOf(with(full(), "usClinicalExperience", new ClinicalExperience(0, null)))).isEmpty();
    }

    @Test
    void matchHistoryIsConsistent() {
        assertThat(problemsOf(with(full(), "priorMatchCycles", 0))).containsExactly("soapTried");
        assertThat(problemsOf(with(full(), "priorMatchCycles", 11))).containsExactly("priorMatchCycles");
        assertThat(problemsOf(with(full(), "priorMatchCycles", -1))).containsExactly("priorMatchCycles");
        assertThat(problemsOf(with(full(), "researchItems", -1))).containsExactly("researchItems");
        assertThat(problemsOf(with(full(), "researchItems", 201))).containsExactly("researchItems");
    }

    @Test
    void languagesAndTimeZoneAreRealCodes() {
        assertThat(problemsOf(with(full(), "languages", List.of("en", "EN", "xx")))).containsExactly("languages[1]", "languages[2]");
        assertThat(problemsOf(with(full(), "languages", List.of("en", "en")))).containsExactly("languages");
        assertThat(problemsOf(with(full(), "languages", Arrays.asList("en", null)))).containsExactly("languages[1]");
        assertThat(problemsOf(with(full(), "languages", List.of()))).containsExactly("languages");
        assertThat(problemsOf(with(full(), "languages", List.of("he", "id", "yi", "ar")))).isEmpty();
        assertThat(problemsOf(with(full(), "timeZone", "Mars/Olympus"))).containsExactly("timeZone");
        assertThat(problemsOf(with(full(), "timeZone", "+05:00"))).containsExactly("timeZone");
        assertThat(problemsOf(with(full(), "timeZone", "America/New_York"))).isEmpty();
    }

    @Test
    void setsHoldingNullAreNamed() {
        Set<HelpTopic> withNull = new java.util.HashSet<>(Arrays.asList(HelpTopic.VISA, null));
        assertThat(problemsOf(with(full(), "helpWanted", withNull))).containsExactly("helpWanted");
    }

    @Test
    void setsKeepTheirDeclaredOrder() {
        MenteePath path = with(full(), "helpWanted", Set.of(HelpTopic.WELLBEING, HelpTopic.APPLICATION_REVIEW, HelpTopic.EXAMS));

        assertThat(new ArrayList<>(path.helpWanted()))
                .containsExactly(HelpTopic.APPLICATION_REVIEW, HelpTopic.EXAMS, HelpTopic.WELLBEING);
    }

    @Property
    void graduationIsInTheLastFiftyYearsAndNotInTheFuture(@ForAll @IntRange(min = 1900, max = 2100) int year) {
        boolean accepted = with(full(), "graduationYear", year).problems(THIS_YEAR).isEmpty();

        assertThat(accepted).isEqualTo(year >= THIS_YEAR - 50 && year <= THIS_YEAR);
    }

    @Property
    void everyStepTwoScoreFromOneToThreeHundredIsAccepted(@ForAll @IntRange(min = -1000, max = 1000) int score) {
        boolean accepted = usmle(new StepOne(StepOutcome.PASS, 1), new StepTwoCk(score, 1), false).problems(THIS_YEAR).isEmpty();

        assertThat(accepted).isEqualTo(score >= 1 && score <= 300);
    }

    @Property
    void onlyRealCountriesOutsideTheUsAndCanadaAreAccepted(@ForAll @UpperChars @StringLength(2) String code) {
        boolean accepted = with(full(), "medicalSchoolCountry", code).problems(THIS_YEAR).isEmpty();

        assertThat(accepted).isEqualTo(Set.of(java.util.Locale.getISOCountries()).contains(code)
                && !code.equals("US") && !code.equals("CA"));
    }

    @Test
    void everyProblemNamesAFieldPath() {
        UnaryOperator<String> top = path -> path.replaceAll("[.\\[].*", "");
        MenteePath broken = usmle(new StepOne(StepOutcome.FAIL, 0), new StepTwoCk(999, 0), true);

        assertThat(problemsOf(broken)).extracting(top)
                .allMatch(field -> Arrays.stream(MenteePath.class.getRecordComponents()).anyMatch(c -> c.getName().equals(field)));
        assertThat(problemsOf(broken)).contains("usmle.step1.attempts", "usmle.step2ck.score", "usmle.step3Passed");
    }
}
