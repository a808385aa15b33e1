package org.rematch.profiles.mentee;

import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.rematch.contracts.mentees.MenteeChange;
import org.rematch.contracts.mentees.MenteeSnapshot;
import org.rematch.contracts.mentees.MenteeStatus;
import org.rematch.contracts.mentees.SensitiveField;
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
        int graduationYear, int matchAttempts, VisaNeed visaNeed, Set<SensitiveField> sharedWithMentors,
        MenteeStatus status, long version, List<OutboxEvent> outbox) {

    public static final String COLLECTION = "mentees";

    /** Documents written before visibility existed have no sharedWithMentors: they share none of the sensitive fields. */
    public Mentee {
        sharedWithMentors = sharedWithMentors == null ? Set.of() : Set.copyOf(sharedWithMentors);
    }

    static Mentee registered(String menteeId, String displayName, MenteePath path, Set<SensitiveField> shared) {
        return new Mentee(menteeId, displayName, path.targetSpecialty(), path.medicalSchoolCountry(),
                path.graduationYear(), path.matchAttempts(), path.visaNeed(), shared, MenteeStatus.SEEKING, 1, List.of());
    }

    Mentee updated(String displayName, MenteePath path, Set<SensitiveField> shared) {
        return new Mentee(menteeId, displayName, path.targetSpecialty(), path.medicalSchoolCountry(),
                path.graduationYear(), path.matchAttempts(), path.visaNeed(), shared, status, version + 1, List.of());
    }

    Mentee withOutbox(List<OutboxEvent> events) {
        return new Mentee(menteeId, displayName, targetSpecialty, medicalSchoolCountry, graduationYear, matchAttempts,
                visaNeed, sharedWithMentors, status, version, events);
    }

    /** The sensitive fields the mentee shares, in a stable order (for views and documents). */
    public List<SensitiveField> sharedInOrder() {
        return List.copyOf(new TreeSet<>(sharedWithMentors));
    }

    MenteeSnapshot snapshot(MenteeChange change) {
        return new MenteeSnapshot(menteeId, version, change, status, displayName, targetSpecialty,
                medicalSchoolCountry, graduationYear, matchAttempts, visaNeed,
                Collections.unmodifiableSortedSet(new TreeSet<>(sharedWithMentors)));
    }
}
