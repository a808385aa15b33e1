package org.rematch.matching.scoring.comparison;

import java.util.List;
import org.rematch.matching.scoring.MatchReason;
import org.rematch.matching.scoring.MenteePath;
import org.rematch.matching.scoring.MentorCandidate;
import org.rematch.matching.scoring.PathComparison;
import org.rematch.matching.scoring.PathField;
import org.rematch.matching.scoring.ScoreComponent;
import org.rematch.matching.scoring.Words;

/**
 * Medical school in the same country (full credit): the same credentials, exams abroad and visa hurdles; or in the
 * same world region (half), where schools, languages and the road to the US are often alike.
 */
public record SameCountry() implements PathComparison {

    static final double SAME_REGION = 0.5;

    @Override
    public ScoreComponent component() {
        return ScoreComponent.COUNTRY;
    }

    @Override
    public double share(MenteePath mentee, MentorCandidate mentor) {
        if (Words.same(mentor.medicalSchoolCountry(), mentee.medicalSchoolCountry())) {
            return 1;
        }
        return sameRegion(mentee, mentor) ? SAME_REGION : 0;
    }

    @Override
    public List<MatchReason> reasons(MenteePath mentee, MentorCandidate mentor, double points) {
        String country = Words.country(mentor.medicalSchoolCountry());
        String text = Words.same(mentor.medicalSchoolCountry(), mentee.medicalSchoolCountry()) ? "Both trained in " + country
                : "Also trained in " + Words.region(mentor.medicalSchoolCountry()) + " (" + country + ")";
        return List.of(new MatchReason(component(), text, PathField.MEDICAL_SCHOOL_COUNTRY, points));
    }

    private static boolean sameRegion(MenteePath mentee, MentorCandidate mentor) {
        if (mentor.medicalSchoolCountry() == null || mentee.medicalSchoolCountry() == null) {
            return false;
        }
        String region = Words.region(mentor.medicalSchoolCountry());
        return !region.isEmpty() && region.equals(Words.region(mentee.medicalSchoolCountry()));
    }
}
