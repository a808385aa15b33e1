package org.rematch.matching.readmodel;

import java.time.Instant;
import java.util.Set;
import java.util.stream.Collectors;
import org.rematch.contracts.mentees.SensitiveField;
import org.rematch.matching.scoring.Disclosure;
import org.rematch.matching.scoring.PathField;

/**
 * Matching's copy of a mentee's path (collection {@code mentees}, id = menteeId), from {@code profiles.mentees}.
 * {@code matchingState}, {@code seekingSince} and {@code lastTriedAt} are matching's own: SEEKING while no mentor
 * with capacity fits, since when, and when a proposal was last tried. {@code sharedWithMentors}: the sensitive fields
 * the mentee lets an addressed mentor see (scoring uses all of them regardless). {@code lastErasedRound}: the highest
 * round whose pairing was deleted because its mentor erased their account, so that round is never filled again.
 */
public record MenteeView(
        String id,
        long version,
        String displayName,
        String targetSpecialty,
        String medicalSchoolCountry,
        int graduationYear,
        int matchAttempts,
        String visaNeed,
        String status,
        Set<SensitiveField> sharedWithMentors,
        String matchingState,
        Instant seekingSince,
        Instant lastTriedAt,
        Integer lastErasedRound) {

    public static final String SEEKING = "SEEKING";

    public MenteeView {
        sharedWithMentors = sharedWithMentors == null ? Set.of() : Set.copyOf(sharedWithMentors);
        lastErasedRound = lastErasedRound == null ? 0 : lastErasedRound;
    }

    /** What a mentor a pairing is addressed to may see of this mentee's path: the sensitive fields they share, no more. */
    public Disclosure disclosureToMentors() {
        return Disclosure.toMentor(sharedWithMentors.stream().map(MenteeView::pathField).collect(Collectors.toSet()));
    }

    private static PathField pathField(SensitiveField field) {
        return switch (field) {
            case MATCH_ATTEMPTS -> PathField.MATCH_ATTEMPTS;
            case VISA_NEED -> PathField.VISA_NEED;
        };
    }
}
