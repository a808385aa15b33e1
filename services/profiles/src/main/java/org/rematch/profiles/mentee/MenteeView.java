package org.rematch.profiles.mentee;

import org.rematch.contracts.mentees.MenteeStatus;
import org.rematch.contracts.mentees.VisaNeed;

/** A mentee's profile as the mentee sees it; nobody else reads it here. */
public record MenteeView(String menteeId, String displayName, String targetSpecialty, String medicalSchoolCountry,
        int graduationYear, int matchAttempts, VisaNeed visaNeed, MenteeStatus status, long version) {

    static MenteeView of(Mentee mentee) {
        return new MenteeView(mentee.menteeId(), mentee.displayName(), mentee.targetSpecialty(),
                mentee.medicalSchoolCountry(), mentee.graduationYear(), mentee.matchAttempts(), mentee.visaNeed(),
                mentee.status(), mentee.version());
    }
}
