package org.rematch.contracts.mentees;

import java.util.List;
import java.util.Set;
import org.rematch.contracts.path.ExamHistory;
import org.rematch.contracts.path.HelpTopic;
import org.rematch.contracts.path.NextYearGoal;
import org.rematch.contracts.path.Specialty;

/**
 * A mentee's path, as far as matching needs it, on {@code profiles.mentees}. The mentee id is the account id.
 * Target specialties are in the mentee's order of preference (1 to 3); {@code matchAttempts} counts the match cycles
 * they went through unmatched; {@code usImg} is a US citizen who studied abroad; languages are ISO 639-1 codes and the
 * time zone an IANA id; {@code forumJoining} is what they want done with forum recommendations; {@code exams} sums up the USMLE history (never null: {@link ExamHistory#NONE} when nothing was
 * taken). Visa need, attempts and exam history are sensitive: only matching consumes them; it scores with them, but shows a proposed mentor
 * only the {@link SensitiveField}s in {@code sharedWithMentors}.
 */
public record MenteeSnapshot(
        String menteeId,
        long version,
        MenteeChange change,
        MenteeStatus status,
        String displayName,
        List<Specialty> targetSpecialties,
        String medicalSchoolCountry,
        boolean usImg,
        int graduationYear,
        int matchAttempts,
        boolean soapTried,
        ExamHistory exams,
        VisaNeed visaNeed,
        NextYearGoal goal,
        List<String> languages,
        String timeZone,
        Set<HelpTopic> helpWanted,
        Set<SensitiveField> sharedWithMentors,
        ForumJoining forumJoining) {

    public MenteeSnapshot {
        forumJoining = forumJoining == null ? ForumJoining.INVITE : forumJoining; // snapshots from before the choice existed
    }
}
