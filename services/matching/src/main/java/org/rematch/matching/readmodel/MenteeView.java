package org.rematch.matching.readmodel;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.rematch.contracts.mentees.ForumJoining;
import org.rematch.contracts.mentees.SensitiveField;
import org.rematch.contracts.mentees.VisaNeed;
import org.rematch.contracts.path.ExamHistory;
import org.rematch.contracts.path.NextYearGoal;
import org.rematch.matching.scoring.Disclosure;
import org.rematch.matching.scoring.MenteeBackground;
import org.rematch.matching.scoring.MenteePath;
import org.rematch.matching.scoring.PathField;

/**
 * Matching's copy of a mentee's path (collection {@code mentees}, id = menteeId), from {@code profiles.mentees}.
 * {@code targetSpecialties} are specialty codes in the mentee's order of preference; {@code helpWanted} HelpTopic
 * names; {@code languages} ISO 639-1 codes; {@code exams} the USMLE history summed up.
 * {@code matchingState}, {@code seekingSince} and {@code lastTriedAt} are matching's own: SEEKING while no mentor
 * with capacity fits (QUEUED while waiting for a surge batch), since when, and when a proposal was last tried. {@code sharedWithMentors}: the sensitive fields
 * the mentee lets an addressed mentor see (scoring uses all of them regardless). {@code forumJoining}: whether the
 * forums matching recommends should invite the mentee or join them right away (INVITE when a document from before the
 * choice has none). {@code lastErasedRound}: the highest
 * round whose pairing was deleted because its mentor erased their account, so that round is never filled again.
 * {@code conflicts}: the mentors the mentee flagged a conflict of interest with, matching's own like the waiting state.
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
        ExamHistory exams,
        String visaNeed,
        String goal,
        List<String> languages,
        String timeZone,
        Set<String> helpWanted,
        String status,
        Set<SensitiveField> sharedWithMentors,
        ForumJoining forumJoining,
        String matchingState,
        Instant seekingSince,
        Instant lastTriedAt,
        Integer lastErasedRound,
        List<FlaggedConflict> conflicts) {

    public static final String SEEKING = "SEEKING";
    /** Registered during a surge: waits for the next batch rather than being proposed first-come. */
    public static final String QUEUED = "QUEUED";

    public MenteeView {
        targetSpecialties = targetSpecialties == null ? List.of() : List.copyOf(targetSpecialties);
        languages = languages == null ? List.of() : List.copyOf(languages);
        helpWanted = helpWanted == null ? Set.of() : Set.copyOf(helpWanted);
        sharedWithMentors = sharedWithMentors == null ? Set.of() : Set.copyOf(sharedWithMentors);
        forumJoining = forumJoining == null ? ForumJoining.INVITE : forumJoining;
        lastErasedRound = lastErasedRound == null ? 0 : lastErasedRound;
        exams = exams == null ? ExamHistory.NONE : exams;
        conflicts = conflicts == null ? List.of() : List.copyOf(conflicts);
    }

    /** A mentor the mentee flagged a conflict of interest with: matching never pairs the two. */
    public record FlaggedConflict(String mentorId, Instant flaggedAt) {
    }

    /** The mentors the mentee flagged a conflict of interest with. */
    public Set<String> conflictedMentorIds() {
        return conflicts.stream().map(FlaggedConflict::mentorId).collect(Collectors.toSet());
    }

    /**
     * The mentors never to propose or suggest to this mentee: those of their earlier pairings ({@code earlierMentorIds})
     * and those they flagged a conflict of interest with.
     */
    public Set<String> notAgain(Collection<String> earlierMentorIds) {
        Set<String> notAgain = new HashSet<>(earlierMentorIds);
        notAgain.addAll(conflictedMentorIds());
        return notAgain;
    }

    /** The mentee's path as scoring sees it on {@code today}. */
    public MenteePath path(LocalDate today) {
        MenteeBackground background = new MenteeBackground(usImg, graduationYear > 0 ? today.getYear() - graduationYear : null, soapTried,
                exams, MenteeReadModel.constant(VisaNeed.class, visaNeed), MenteeReadModel.constant(NextYearGoal.class, goal),
                UtcOffsets.standardMinutes(timeZone));
        return new MenteePath(id, targetSpecialties, medicalSchoolCountry, matchAttempts, languages, helpWanted, background);
    }

    /** What a mentor a pairing is addressed to may see of this mentee's path: the sensitive fields they share, no more. */
    public Disclosure disclosureToMentors() {
        return Disclosure.toMentor(sharedWithMentors.stream().map(MenteeView::pathField).collect(Collectors.toSet()));
    }

    private static PathField pathField(SensitiveField field) {
        return switch (field) {
            case MATCH_ATTEMPTS -> PathField.MATCH_ATTEMPTS;
            case VISA_NEED -> PathField.VISA_NEED;
            case EXAM_HISTORY -> PathField.EXAM_HISTORY;
        };
    }
}
