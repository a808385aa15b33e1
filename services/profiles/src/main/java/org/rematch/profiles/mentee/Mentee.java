package org.rematch.profiles.mentee;

import java.util.List;
import org.rematch.contracts.mentees.MenteeChange;
import org.rematch.contracts.mentees.MenteeSnapshot;
import org.rematch.contracts.mentees.MenteeStatus;
import org.rematch.contracts.path.ExamHistory;
import org.rematch.kit.outbox.OutboxEvent;
import org.rematch.profiles.core.MenteePath;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A mentee's path profile (collection {@value #COLLECTION}); the mentee id is the account id, so each account has at
 * most one. {@code path} is stored valid and with its defaults filled in; {@code version} grows with every change and
 * is the profile's ETag. {@code outbox} holds the snapshots not yet published to profiles.mentees.
 */
@Document(Mentee.COLLECTION)
public record Mentee(@Id String menteeId, String displayName, MenteePath path, MenteeStatus status, long version,
        List<OutboxEvent> outbox) {

    public static final String COLLECTION = "mentees";

    static Mentee registered(String menteeId, String displayName, MenteePath path) {
        return new Mentee(menteeId, displayName, path, MenteeStatus.SEEKING, 1, List.of());
    }

    Mentee updated(String newDisplayName, MenteePath newPath) {
        return new Mentee(menteeId, newDisplayName, newPath, status, version + 1, List.of());
    }

    Mentee withStatus(MenteeStatus newStatus) {
        return new Mentee(menteeId, displayName, path, newStatus, version + 1, List.of());
    }

    Mentee withOutbox(List<OutboxEvent> events) {
        return new Mentee(menteeId, displayName, path, status, version, events);
    }

    /**
     * What matching learns: the path fields it scores with, the exam history summed up (latest Step 2 CK score and
     * attempts), and the forum-joining choice it puts on its forum recommendations. The exam details, school name,
     * clinical experience, research and region stay here. {@code usImg}: a US citizen with a school abroad (all schools
     * here are abroad).
     */
    MenteeSnapshot snapshot(MenteeChange change) {
        return new MenteeSnapshot(menteeId, version, change, status, displayName, path.targetSpecialties(),
                path.medicalSchoolCountry(), path.usCitizen(), path.graduationYear(), path.priorMatchCycles(),
                path.soapTried(), path.usmle() == null ? ExamHistory.NONE : path.usmle().summary(), path.visaNeed(), path.goal(), path.languages(), path.timeZone(), path.helpWanted(),
                path.sharedWithMentors(), path.forumJoining());
    }
}
