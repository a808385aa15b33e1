package org.rematch.contracts.mentors;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.rematch.contracts.mentees.VisaNeed;
import org.rematch.contracts.path.CurrentRole;
import org.rematch.contracts.path.ExamHistory;
import org.rematch.contracts.path.HelpTopic;
import org.rematch.contracts.path.Specialty;

/**
 * A mentor's listing on {@code directory.mentors}, as far as matching needs it. The mentor id is the account id.
 * {@code visaPath} is the visa the mentor trained on; {@code pausedUntil} is set while the mentor pauses (then
 * {@code accepting} is false). {@code graduationYear} and {@code exams} are the mentor's to tell: null when not told.
 */
public record MentorListingSnapshot(
        String mentorId,
        long version,
        String displayName,
        Specialty matchedSpecialty,
        int matchedYear,
        String medicalSchoolCountry,
        boolean usImg,
        int unmatchedCyclesBeforeMatch,
        boolean matchedViaSoap,
        VisaNeed visaPath,
        Integer graduationYear,
        ExamHistory exams,
        CurrentRole currentRole,
        Set<HelpTopic> topics,
        List<String> languages,
        String timeZone,
        int capacity,
        boolean accepting,
        LocalDate pausedUntil) {
}
