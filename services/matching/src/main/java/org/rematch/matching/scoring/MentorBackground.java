package org.rematch.matching.scoring;

import org.rematch.contracts.mentees.VisaNeed;
import org.rematch.contracts.path.CurrentRole;
import org.rematch.contracts.path.ExamHistory;

/**
 * The rest of a mentor's road that scoring compares. Null means not told: a comparison needing it then earns nothing.
 *
 * @param yearsToMatch     years from medical-school graduation to the match
 * @param exams            never null; {@link ExamHistory#NONE} when not told
 * @param visaPath         the visa the mentor trained on
 * @param utcOffsetMinutes the standard offset of the mentor's time zone
 */
public record MentorBackground(Boolean usImg, Integer yearsToMatch, boolean matchedViaSoap, ExamHistory exams, VisaNeed visaPath,
        CurrentRole currentRole, Integer utcOffsetMinutes) {

    public static final MentorBackground UNKNOWN = new MentorBackground(null, null, false, ExamHistory.NONE, null, null, null);

    public MentorBackground {
        exams = exams == null ? ExamHistory.NONE : exams;
    }

    /** Whether the mentor trained on a visa. */
    public boolean trainedOnAVisa() {
        return visaPath != null && visaPath != VisaNeed.NONE;
    }
}
