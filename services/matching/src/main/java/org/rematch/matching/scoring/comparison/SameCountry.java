package org.rematch.matching.scoring.comparison;

import java.util.List;
import org.rematch.matching.scoring.MatchReason;
import org.rematch.matching.scoring.MenteePath;
import org.rematch.matching.scoring.MentorCandidate;
import org.rematch.matching.scoring.PathComparison;
import org.rematch.matching.scoring.PathField;
import org.rematch.matching.scoring.ScoreComponent;
import org.rematch.matching.scoring.Words;

/** Medical school in the same country: the same credentials, exams abroad and visa hurdles. */
public record SameCountry() implements PathComparison {

    @Override
    public ScoreComponent component() {
        return ScoreComponent.COUNTRY;
    }

    @Override
    public double share(MenteePath mentee, MentorCandidate mentor) {
        return Words.same(mentor.medicalSchoolCountry(), mentee.medicalSchoolCountry()) ? 1 : 0;
    }

    @Override
    public List<MatchReason> reasons(MenteePath mentee, MentorCandidate mentor, double points) {
        return List.of(new MatchReason(component(), "Both trained in " + Words.country(mentor.medicalSchoolCountry()),
                PathField.MEDICAL_SCHOOL_COUNTRY, points));
    }
}
