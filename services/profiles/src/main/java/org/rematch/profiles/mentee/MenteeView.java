package org.rematch.profiles.mentee;

import java.util.List;
import org.rematch.contracts.mentees.MenteeStatus;
import org.rematch.contracts.mentees.SensitiveField;
import org.rematch.contracts.mentees.VisaNeed;

/**
 * A mentee's profile as the mentee sees it; nobody else reads it here. {@code sharedWithMentors} lists the sensitive
 * fields (match attempts, visa need) a proposed mentor may see.
 */
public record MenteeView(String menteeId, String displayName, String targetSpecialty, String medicalSchoolCountry,
        int graduationYear, int matchAttempts, VisaNeed visaNeed, List<SensitiveField> sharedWithMentors,
        MenteeStatus status, long version) {

    public static MenteeView of(Mentee mentee) {
        return new MenteeView(mentee.menteeId(), mentee.displayName(), mentee.targetSpecialty(),
                mentee.medicalSchoolCountry(), mentee.graduationYear(), mentee.matchAttempts(), mentee.visaNeed(),
                mentee.sharedInOrder(), mentee.status(), mentee.version());
    }
}
