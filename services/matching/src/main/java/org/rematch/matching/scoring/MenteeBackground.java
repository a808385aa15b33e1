package org.rematch.matching.scoring;

import org.rematch.contracts.mentees.VisaNeed;
import org.rematch.contracts.path.ExamHistory;
import org.rematch.contracts.path.NextYearGoal;

/**
 * The rest of a mentee's path that scoring compares. Null means not known (a path from before it was asked): a
 * comparison needing it then earns nothing.
 *
 * @param usImg                a US citizen who studied medicine abroad
 * @param yearsSinceGraduation full years since medical school, as of the day of scoring
 * @param exams                never null; {@link ExamHistory#NONE} when nothing was taken
 * @param utcOffsetMinutes     the standard offset of the mentee's time zone
 */
public record MenteeBackground(Boolean usImg, Integer yearsSinceGraduation, boolean soapTried, ExamHistory exams,
        VisaNeed visaNeed, NextYearGoal goal, Integer utcOffsetMinutes) {

    public static final MenteeBackground UNKNOWN = new MenteeBackground(null, null, false, ExamHistory.NONE, null, null, null);

    public MenteeBackground {
        exams = exams == null ? ExamHistory.NONE : exams;
    }

    /** Whether the mentee needs a visa to train in the US. */
    public boolean needsAVisa() {
        return visaNeed != null && visaNeed != VisaNeed.NONE;
    }
}
