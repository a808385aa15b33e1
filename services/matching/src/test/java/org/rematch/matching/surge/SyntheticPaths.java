package org.rematch.matching.surge;

import java.time.Year;
import java.util.stream.Collectors;
import org.rematch.contracts.path.ExamHistory;
import org.rematch.matching.readmodel.UtcOffsets;
import org.rematch.matching.scoring.MenteeBackground;
import org.rematch.matching.scoring.MenteePath;
import org.rematch.matching.scoring.MentorBackground;
import org.rematch.matching.scoring.MentorCandidate;
import org.rematch.population.SyntheticMentee;
import org.rematch.population.SyntheticMentor;

/**
 * The synthetic population (infra/population) as scoring sees it, for the benchmarks: in full, every component told,
 * or bare (specialty, country, cycles and capacity only), for comparing with a score the database computes.
 */
final class SyntheticPaths {

    private SyntheticPaths() {
    }

    static MentorCandidate candidate(SyntheticMentor mentor) {
        MentorBackground background = new MentorBackground(mentor.usImg(),
                mentor.graduationYear() == null ? null : mentor.matchedYear() - mentor.graduationYear(), mentor.viaSoap(), mentor.exams(),
                mentor.visaPath(), mentor.currentRole(), UtcOffsets.standardMinutes(mentor.timeZone()));
        return new MentorCandidate("mentor-" + mentor.index(), mentor.login().displayName(), mentor.matchedSpecialty().name(),
                mentor.medicalSchoolCountry(), mentor.unmatchedCyclesBeforeMatch(), mentor.capacity(), 0, mentor.accepting(),
                null, mentor.languages(), mentor.topics().stream().map(Enum::name).collect(Collectors.toSet()), background);
    }

    static MenteePath path(SyntheticMentee mentee) {
        ExamHistory exams = new ExamHistory(mentee.step2CkAttempts() > 0 ? mentee.step2CkScore() : null,
                mentee.step1Attempts() + mentee.step2CkAttempts());
        MenteeBackground background = new MenteeBackground(mentee.usCitizen(), Year.now().getValue() - mentee.graduationYear(),
                mentee.soapTried(), exams, mentee.visaNeed(), mentee.goal(), UtcOffsets.standardMinutes(mentee.timeZone()));
        return new MenteePath("mentee-" + mentee.index(), mentee.targetSpecialties().stream().map(Enum::name).toList(),
                mentee.medicalSchoolCountry(), mentee.matchAttempts(), mentee.languages(),
                mentee.helpWanted().stream().map(Enum::name).collect(Collectors.toSet()), background);
    }

    static MentorCandidate bare(SyntheticMentor mentor) {
        return new MentorCandidate("mentor-" + mentor.index(), mentor.login().displayName(), mentor.matchedSpecialty().name(),
                mentor.medicalSchoolCountry(), mentor.unmatchedCyclesBeforeMatch(), mentor.capacity(), 0, mentor.accepting());
    }

    static MenteePath bare(SyntheticMentee mentee) {
        return new MenteePath("mentee-" + mentee.index(), mentee.targetSpecialties().stream().map(Enum::name).toList(),
                mentee.medicalSchoolCountry(), mentee.matchAttempts());
    }
}
