package org.rematch.matching.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rematch.contracts.mentees.VisaNeed;
import org.rematch.contracts.path.CurrentRole;
import org.rematch.contracts.path.ExamHistory;
import org.rematch.contracts.path.NextYearGoal;

/** Each part of the same-path comparison with the default weights: what it earns, and the reason it gives. */
class PathComparisonsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 16);
    private static final int KARACHI = 5 * 60;
    private static final int CHICAGO = -6 * 60;

    private final MentorScorer scorer = new MentorScorer();

    /** Amina: Pakistan, IM, 2 attempts, SOAP, Step 2 CK 238 in 3 attempts at the steps, 5 years out, needs a J-1, reapplies. */
    private final MenteeBackground aminas = new MenteeBackground(false, 5, true, new ExamHistory(238, 3), VisaNeed.J1,
            NextYearGoal.REAPPLY_SAME_SPECIALTY, KARACHI);
    private final MenteePath amina = path(aminas, Set.of("INTERVIEWS", "VISA"));

    @Test
    void aMentorOnTheVerySameRoadInEveryRespectScoresOneWithAReasonForEachPart() {
        MentorBackground bilals = new MentorBackground(false, 5, true, new ExamHistory(232, 3), VisaNeed.J1, CurrentRole.ATTENDING, KARACHI);

        ScoredMentor scored = scorer.score(amina, mentor(bilals, Set.of("INTERVIEWS", "VISA")));

        assertThat(scored.score()).isEqualTo(1.0);
        assertThat(scored.reasonTexts()).containsExactly(
                "Matched Internal Medicine, your target specialty",
                "Both trained in Pakistan",
                "Matched Internal Medicine after 2 unmatched cycles, like your 2 attempts",
                "Also needed a J-1",
                "Made it into residency, where your goal leads",
                "Matched 5 years after graduating; you graduated 5 years ago",
                "Lives in your time zone",
                "Also an IMG from outside the US",
                "Matched through SOAP, which you have been through",
                "Mentors on interviews, which you asked for",
                "Mentors on visas, which you asked for",
                "Scored in the 230s on Step 2 CK, like you",
                "Took 3 attempts at Steps 1 and 2 CK, like you");
        assertThat(Disclosure.full().components(scored.reasons())).containsOnlyKeys(ScoreComponent.SPECIALTY, ScoreComponent.COUNTRY,
                ScoreComponent.CYCLES, ScoreComponent.US_IMG, ScoreComponent.SOAP, ScoreComponent.EXAMS, ScoreComponent.GRADUATION,
                ScoreComponent.VISA, ScoreComponent.GOAL, ScoreComponent.HELP_TOPICS, ScoreComponent.TIME_ZONE);
    }

    @Test
    void nothingUnknownEarnsAnything() {
        ScoredMentor scored = scorer.score(amina, mentor(MentorBackground.UNKNOWN, Set.of()));

        assertThat(scored.score()).isEqualTo(0.52); // specialty 0.30 + country 0.12 + cycles 0.10
        assertThat(Disclosure.full().components(scored.reasons())).containsOnlyKeys(ScoreComponent.SPECIALTY, ScoreComponent.COUNTRY,
                ScoreComponent.CYCLES);
    }

    @Test
    void aSchoolInTheSameWorldRegionEarnsHalfTheCountryWeight() {
        MentorCandidate fromIndia = new MentorCandidate("sara", "Dr. Sara", "IM", "IN", 2, 3, 0, true, null, List.of("en"), Set.of(),
                MentorBackground.UNKNOWN);
        MentorCandidate fromNigeria = new MentorCandidate("ade", "Dr. Ade", "IM", "NG", 2, 3, 0, true, null, List.of("en"), Set.of(),
                MentorBackground.UNKNOWN);

        assertThat(scorer.components(amina, fromIndia)).containsEntry(ScoreComponent.COUNTRY, 0.06);
        assertThat(scorer.score(amina, fromIndia).reasonTexts()).contains("Also trained in Southern Asia (India)");
        assertThat(scorer.components(amina, fromNigeria)).doesNotContainKey(ScoreComponent.COUNTRY);
        assertThat(MentorScorer.onTheSamePath(path(aminas, Set.of()), new MentorCandidate("ravi", "Dr. Ravi", "DERM", "IN", 2, 3, 0, true)))
                .as("a region is not the same path").isFalse();
    }

    @Test
    void theSameVisaEarnsTheWholeVisaWeightTheOtherVisaHalfAndAMenteeWithoutAVisaNeedNothing() {
        assertThat(component(amina, background(VisaNeed.J1, CurrentRole.RESIDENT, KARACHI), ScoreComponent.VISA)).isEqualTo(0.08);
        assertThat(reasons(amina, background(VisaNeed.H1B, CurrentRole.RESIDENT, KARACHI))).contains("Trained on an H-1B; you need a J-1");
        assertThat(component(amina, background(VisaNeed.H1B, CurrentRole.RESIDENT, KARACHI), ScoreComponent.VISA)).isEqualTo(0.04);
        MenteePath citizen = path(new MenteeBackground(true, 5, false, ExamHistory.NONE, VisaNeed.NONE, NextYearGoal.REAPPLY_SAME_SPECIALTY,
                KARACHI), Set.of());
        assertThat(component(citizen, background(VisaNeed.J1, CurrentRole.RESIDENT, KARACHI), ScoreComponent.VISA)).isZero();
    }

    @Test
    void aMenteeWhoNeedsAVisaIsOnlyMatchedWithAMentorWhoTrainedOnOneOrMentorsOnVisas() {
        MentorCandidate noVisa = mentor("noVisa", background(VisaNeed.NONE, CurrentRole.RESIDENT, KARACHI), Set.of());
        MentorCandidate visaHelp = mentor("visaHelp", background(VisaNeed.NONE, CurrentRole.RESIDENT, KARACHI), Set.of("VISA"));
        MentorCandidate h1b = mentor("h1b", background(VisaNeed.H1B, CurrentRole.RESIDENT, KARACHI), Set.of());
        MentorCandidate untold = mentor("untold", MentorBackground.UNKNOWN, Set.of());

        assertThat(scorer.rank(amina, List.of(noVisa, visaHelp, h1b, untold), Set.of(), TODAY)).extracting(ScoredMentor::mentorId)
                .containsExactlyInAnyOrder("visaHelp", "h1b", "untold");
        MenteePath citizen = path(new MenteeBackground(true, 5, false, ExamHistory.NONE, VisaNeed.NONE, NextYearGoal.REAPPLY_SAME_SPECIALTY,
                KARACHI), Set.of());
        assertThat(scorer.rank(citizen, List.of(noVisa), Set.of(), TODAY)).hasSize(1);
    }

    @Test
    void anAlternativePathwayMenteeMeetsAMentorWhoTookThatPathwayEvenInAnotherSpecialtyAndCountry() {
        MenteePath nadia = new MenteePath("nadia", List.of("IM"), "EG", 3, List.of("en"), Set.of(), new MenteeBackground(false, 9, false,
                ExamHistory.NONE, VisaNeed.NONE, NextYearGoal.ALTERNATIVE_PATHWAY, 2 * 60));
        MentorCandidate pa = new MentorCandidate("pa", "Dr. PA", "FM", "IN", 0, 2, 0, true, null, List.of("en"), Set.of(),
                background(VisaNeed.NONE, CurrentRole.PA_NP, CHICAGO));
        MentorCandidate attending = new MentorCandidate("md", "Dr. MD", "FM", "IN", 0, 2, 0, true, null, List.of("en"), Set.of(),
                background(VisaNeed.NONE, CurrentRole.ATTENDING, CHICAGO));

        assertThat(scorer.rank(nadia, List.of(pa, attending), Set.of(), TODAY)).extracting(ScoredMentor::mentorId).containsExactly("pa");
        assertThat(scorer.score(nadia, pa).reasonTexts()).contains("Became a PA/NP, the pathway you are considering");
        assertThat(component(nadia, background(VisaNeed.NONE, CurrentRole.ATTENDING, KARACHI), ScoreComponent.GOAL)).isZero();
        MenteePath researcher = path(new MenteeBackground(false, 5, false, ExamHistory.NONE, VisaNeed.J1, NextYearGoal.RESEARCH_YEAR,
                KARACHI), Set.of());
        assertThat(component(researcher, background(VisaNeed.J1, CurrentRole.RESEARCH, KARACHI), ScoreComponent.GOAL)).isEqualTo(0.08);
        assertThat(component(researcher, background(VisaNeed.J1, CurrentRole.FELLOW, KARACHI), ScoreComponent.GOAL)).isEqualTo(0.04);
    }

    @Test
    void examsEarnHalfForTheScoreBandAndHalfForTheAttemptsWithHalfCreditOneStepAway() {
        assertThat(examPoints(new ExamHistory(239, 3))).isEqualTo(0.06);
        assertThat(examPoints(new ExamHistory(241, 3))).isEqualTo(0.045);
        assertThat(examPoints(new ExamHistory(255, 4))).isEqualTo(0.015);
        assertThat(examPoints(new ExamHistory(null, 2))).isEqualTo(0.015);
        assertThat(examPoints(ExamHistory.NONE)).isZero();
        assertThat(reasons(amina, exams(new ExamHistory(241, 4)))).contains("Scored in the 240s on Step 2 CK, close to you",
                "Took 4 attempts at Steps 1 and 2 CK, close to your 3");
    }

    @Test
    void yearsSinceGraduationEarnFullCreditWithinAYearAndNoneFiveApart() {
        assertThat(graduationPoints(6)).isEqualTo(0.05);
        assertThat(graduationPoints(7)).as("two years apart: three quarters").isEqualTo(0.038);
        assertThat(graduationPoints(10)).isZero();
        assertThat(reasons(amina, yearsToMatch(10))).noneMatch(reason -> reason.contains("graduat"));
        assertThat(reasons(amina, yearsToMatch(4))).contains("Matched 4 years after graduating; you graduated 5 years ago");
    }

    @Test
    void timeZonesEarnFullCreditUpToTwoHoursApartNoneFromEightAndGoRoundTheClock() {
        assertThat(component(amina, background(VisaNeed.J1, CurrentRole.RESIDENT, KARACHI + 120), ScoreComponent.TIME_ZONE)).isEqualTo(0.05);
        assertThat(component(amina, background(VisaNeed.J1, CurrentRole.RESIDENT, KARACHI + 300), ScoreComponent.TIME_ZONE)).isEqualTo(0.025);
        assertThat(component(amina, background(VisaNeed.J1, CurrentRole.RESIDENT, CHICAGO), ScoreComponent.TIME_ZONE)).isZero();
        MenteePath samoa = path(new MenteeBackground(false, 5, false, ExamHistory.NONE, VisaNeed.J1, NextYearGoal.REAPPLY_SAME_SPECIALTY,
                13 * 60), Set.of());
        assertThat(reasons(samoa, background(VisaNeed.J1, CurrentRole.RESIDENT, -10 * 60))).contains("Lives 1 hour from your time zone");
        assertThat(reasons(amina, background(VisaNeed.J1, CurrentRole.RESIDENT, KARACHI - 90))).contains("Lives 1.5 hours from your time zone");
    }

    @Test
    void helpTopicsEarnTheShareOfWhatTheMenteeAskedForThatTheMentorOffers() {
        MenteePath asksFour = path(aminas, Set.of("INTERVIEWS", "VISA", "EXAMS", "USCE"));
        ScoredMentor scored = scorer.score(asksFour, mentor(MentorBackground.UNKNOWN, Set.of("INTERVIEWS", "VISA", "RESEARCH")));

        assertThat(Disclosure.full().components(scored.reasons())).contains(entry(ScoreComponent.HELP_TOPICS, 0.04));
        assertThat(scored.reasons()).filteredOn(reason -> reason.component() == ScoreComponent.HELP_TOPICS)
                .extracting(MatchReason::field, MatchReason::points)
                .containsExactly(tuple(PathField.HELP_WANTED, 0.02), tuple(PathField.VISA_NEED, 0.02));
    }

    @Test
    void soapCountsOnlyWhenBothWentThroughItAndItsReasonRestsOnTheAttempts() {
        ScoredMentor scored = scorer.score(amina, mentor(new MentorBackground(false, null, true, ExamHistory.NONE, null, null, null), Set.of()));

        assertThat(scored.reasons()).filteredOn(reason -> reason.component() == ScoreComponent.SOAP).singleElement()
                .satisfies(reason -> assertThat(reason.field()).isEqualTo(PathField.MATCH_ATTEMPTS));
        assertThat(component(path(new MenteeBackground(false, 5, false, ExamHistory.NONE, VisaNeed.J1, null, null), Set.of()),
                new MentorBackground(false, null, true, ExamHistory.NONE, null, null, null), ScoreComponent.SOAP)).isZero();
    }

    private double examPoints(ExamHistory mentorExams) {
        return component(amina, exams(mentorExams), ScoreComponent.EXAMS);
    }

    private double graduationPoints(int yearsToMatch) {
        return component(amina, yearsToMatch(yearsToMatch), ScoreComponent.GRADUATION);
    }

    private double component(MenteePath mentee, MentorBackground background, ScoreComponent component) {
        return scorer.components(mentee, mentor(background, Set.of())).getOrDefault(component, 0.0);
    }

    private List<String> reasons(MenteePath mentee, MentorBackground background) {
        return scorer.score(mentee, mentor(background, Set.of())).reasonTexts();
    }

    private static MentorBackground exams(ExamHistory exams) {
        return new MentorBackground(null, null, false, exams, null, null, null);
    }

    private static MentorBackground yearsToMatch(int years) {
        return new MentorBackground(null, years, false, ExamHistory.NONE, null, null, null);
    }

    private static MentorBackground background(VisaNeed visa, CurrentRole role, int utcOffsetMinutes) {
        return new MentorBackground(false, null, false, ExamHistory.NONE, visa, role, utcOffsetMinutes);
    }

    private static MenteePath path(MenteeBackground background, Set<String> helpWanted) {
        return new MenteePath("amina", List.of("IM"), "PK", 2, List.of("en", "ur"), helpWanted, background);
    }

    private static MentorCandidate mentor(MentorBackground background, Set<String> topics) {
        return mentor("bilal", background, topics);
    }

    private static MentorCandidate mentor(String id, MentorBackground background, Set<String> topics) {
        return new MentorCandidate(id, "Dr. " + id, "IM", "PK", 2, 3, 0, true, null, List.of("en"), topics, background);
    }
}
