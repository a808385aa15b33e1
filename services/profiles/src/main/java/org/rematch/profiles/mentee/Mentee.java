package org.rematch.profiles.mentee;

import java.util.List;
import org.rematch.contracts.mentees.MenteeChange;
import org.rematch.contracts.mentees.MenteeSnapshot;
import org.rematch.contracts.mentees.MenteeStatus;
import org.rematch.contracts.mentees.VisaNeed;
import org.rematch.kit.outbox.OutboxEvent;
import org.rematch.profiles.core.MenteePath;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A mentee's path profile (collection {@value #COLLECTION}); the mentee id is the account id, so each account has at
 * most one. {@code outbox} holds the snapshots not yet published to profiles.mentees.
 */
@Document(Mentee.COLLECTION)
public record Mentee(@Id String menteeId, String displayName, String targetSpecialty, String medicalSchoolCountry,
        int graduationYear, int matchAttempts, VisaNeed visaNeed, MenteeStatus status, long version,
        List<OutboxEvent> outbox) {

    public static final String COLLECTION = "mentees";

    static Mentee registered(String menteeId, String displayName, MenteePath path) {
        return new Mentee(menteeId, displayName, path.targetSpecialty(), path.medicalSchoolCountry(),
                path.graduationYear(), path.matchAttempts(), path.visaNeed(), MenteeStatus.SEEKING, 1, List.of());
    }

    Mentee updated(String displayName, MenteePath path) {
        return new Mentee(menteeId, displayName, path.targetSpecialty(), path.medicalSchoolCountry(),
                path.graduationYear(), path.matchAttempts(), path.visaNeed(), status, version + 1, List.of());
    }

    Mentee withOutbox(List<OutboxEvent> events) {
        return new Mentee(menteeId, displayName, targetSpecialty, medicalSchoolCountry, graduationYear, matchAttempts,
                visaNeed, status, version, events);
    }

    MenteeSnapshot snapshot(MenteeChange change) {
        return new MenteeSnapshot(menteeId, version, change, status, displayName, targetSpecialty,
                medicalSchoolCountry, graduationYear, matchAttempts, visaNeed);
    }
}
