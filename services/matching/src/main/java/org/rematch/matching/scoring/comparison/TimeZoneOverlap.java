package org.rematch.matching.scoring.comparison;

import java.util.List;
import org.rematch.matching.scoring.MatchReason;
import org.rematch.matching.scoring.MenteePath;
import org.rematch.matching.scoring.MentorCandidate;
import org.rematch.matching.scoring.PathComparison;
import org.rematch.matching.scoring.PathField;
import org.rematch.matching.scoring.ScoreComponent;

/**
 * They live few hours apart, so a call fits both their evenings: full credit up to two hours apart, none from eight
 * (by then one side's evening is the other's night). Hours apart go round the clock: UTC-11 and UTC+12 are one apart.
 */
public record TimeZoneOverlap() implements PathComparison {

    private static final int CLOSE_MINUTES = 2 * 60;
    private static final int FAR_MINUTES = 8 * 60;
    private static final int DAY_MINUTES = 24 * 60;

    @Override
    public ScoreComponent component() {
        return ScoreComponent.TIME_ZONE;
    }

    @Override
    public double share(MenteePath mentee, MentorCandidate mentor) {
        Integer apart = minutesApart(mentee, mentor);
        if (apart == null) {
            return 0;
        }
        return apart <= CLOSE_MINUTES ? 1 : Math.max(0, 1 - (double) (apart - CLOSE_MINUTES) / (FAR_MINUTES - CLOSE_MINUTES));
    }

    @Override
    public List<MatchReason> reasons(MenteePath mentee, MentorCandidate mentor, double points) {
        int apart = minutesApart(mentee, mentor);
        String text = apart == 0 ? "Lives in your time zone" : "Lives " + hours(apart) + " from your time zone";
        return List.of(new MatchReason(component(), text, PathField.TIME_ZONE, points));
    }

    private static Integer minutesApart(MenteePath mentee, MentorCandidate mentor) {
        Integer yours = mentee.background().utcOffsetMinutes();
        Integer theirs = mentor.background().utcOffsetMinutes();
        if (yours == null || theirs == null) {
            return null;
        }
        int apart = Math.floorMod(yours - theirs, DAY_MINUTES);
        return Math.min(apart, DAY_MINUTES - apart);
    }

    /** "1 hour", "3 hours", "4.5 hours". */
    private static String hours(int minutes) {
        String number = minutes % 60 == 0 ? Integer.toString(minutes / 60) : String.valueOf(Math.round(minutes / 6.0) / 10.0);
        return number + (minutes == 60 ? " hour" : " hours");
    }
}
