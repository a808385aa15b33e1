package org.rematch.matching.surge;

import java.util.Set;
import org.rematch.matching.scoring.MenteePath;
import org.rematch.matching.scoring.MentorCandidate;
import org.rematch.population.SyntheticMentee;
import org.rematch.population.SyntheticMentor;

/** The synthetic population (infra/population) as scoring sees it, for the benchmarks. */
final class SyntheticPaths {

    private SyntheticPaths() {
    }

    static MentorCandidate candidate(SyntheticMentor mentor) {
        return new MentorCandidate("mentor-" + mentor.index(), mentor.login().displayName(), mentor.matchedSpecialty().name(),
                mentor.medicalSchoolCountry(), mentor.unmatchedCyclesBeforeMatch(), mentor.capacity(), 0, mentor.accepting(),
                null, mentor.languages(), Set.of());
    }

    static MenteePath path(SyntheticMentee mentee) {
        return new MenteePath("mentee-" + mentee.index(), mentee.targetSpecialties().stream().map(Enum::name).toList(),
                mentee.medicalSchoolCountry(), mentee.matchAttempts());
    }
}
