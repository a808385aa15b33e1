package org.rematch.matching.readmodel;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.rematch.contracts.mentees.SensitiveField;
import org.rematch.matching.scoring.Disclosure;
import org.rematch.matching.scoring.MenteePath;
import org.rematch.matching.scoring.PathField;

/**
 * Matching's copy of a mentee's path (collection {@code mentees}, id = menteeId), from {@code profiles.mentees}.
 * {@code targetSpecialties} are specialty codes in the mentee's order of preference; {@code helpWanted} HelpTopic
 * names; {@code languages} ISO 639-1 codes.
 * {@code matchingState}, {@code seekingSince} and {@code lastTriedAt} are matching's own: SEEKING while no mentor
 * with capacity fits (QUEUED while waiting for a surge batch), since when, and when a proposal was last tried. {@code sharedWithMentors}: the sensitive fields
 * the mentee lets an addressed mentor see (scoring uses all of them regardless). {@code lastErasedRound}: the highest
 * round whose pairing was deleted because its mentor erased their account, so that round is never filled again.
 */
public record MenteeView(
        String id,
        long version,
        String displayName,
        List<String> targetSpecialties,
        String medicalSchoolCountry,
        boolean usImg,
        int graduationYear,
        int matchAttempts,
        boolean soapTried,
        String visaNeed,
        String goal,
        List<String> languages,
        String timeZone,
        Set<String> helpWanted,
        String status,
        Set<SensitiveField> sharedWithMentors,
        String matchingState,
        Instant seekingSince,
        Instant lastTriedAt,
        Integer lastErasedRound) {

    public static final String SEEKING = "SEEKING";
    /** Registered during a surge: waits for the next batch rather than being proposed first-come. */
    public static final String QUEUED = "QUEUED";

    public MenteeView {
        targetSpecialties = targetSpecialties == null ? List.of() : List.copyOf(targetSpecialties);
        languages = languages == null ? List.of() : List.copyOf(languages);
        helpWanted = helpWanted == null ? Set.of() : Set.copyOf(helpWanted);
        sharedWithMentors = sharedWithMentors == null ? Set.of() : Set.copyOf(sharedWithMentors);
        lastErasedRound = lastErasedRound == null ? 0 : lastErasedRound;
    }

    /** The mentee's path as scoring sees it. */
    public MenteePath path() {
        return new MenteePath(id, targetSpecialties, medicalSchoolCountry, matchAttempts, languages, helpWanted);
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
