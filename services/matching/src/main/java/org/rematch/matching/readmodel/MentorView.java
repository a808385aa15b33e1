package org.rematch.matching.readmodel;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.rematch.contracts.mentees.VisaNeed;
import org.rematch.contracts.path.CurrentRole;
import org.rematch.contracts.path.ExamHistory;
import org.rematch.matching.policy.Responsiveness;
import org.rematch.matching.scoring.MentorBackground;
import org.rematch.matching.scoring.MentorCandidate;

/**
 * Matching's copy of a mentor listing (collection {@code mentors}, id = mentorId), from {@code directory.mentors}.
 * {@code matchedSpecialty} is a specialty code, {@code topics} HelpTopic names, {@code languages} ISO 639-1 codes,
 * {@code pausedUntil} an ISO date (yyyy-MM-dd) while the mentor pauses; {@code matchedYear} (null in listings read
 * before it was carried), {@code graduationYear} and {@code exams} (null when the mentor did not tell them).
 * {@code reservations} (the pairing ids holding a slot) and {@code reserved} (its size) are matching's own and are
 * never overwritten by a listing update, and so are {@code expiries} (recent proposals that expired unanswered),
 * {@code lastAnsweredAt} and {@code inactiveMarkedAt}, from which matching judges whether the mentor still answers.
 */
public record MentorView(
        String id,
        long version,
        String displayName,
        String matchedSpecialty,
        Integer matchedYear,
        String medicalSchoolCountry,
        boolean usImg,
        int unmatchedCyclesBeforeMatch,
        boolean matchedViaSoap,
        String visaPath,
        Integer graduationYear,
        ExamHistory exams,
        String currentRole,
        Set<String> topics,
        List<String> languages,
        String timeZone,
        int capacity,
        boolean accepting,
        String pausedUntil,
        int reserved,
        List<String> reservations,
        List<Responsiveness.Expiry> expiries,
        Instant lastAnsweredAt,
        Instant inactiveMarkedAt) {

    public MentorView {
        topics = topics == null ? Set.of() : Set.copyOf(topics);
        languages = languages == null ? List.of() : List.copyOf(languages);
        reservations = reservations == null ? List.of() : List.copyOf(reservations);
        expiries = expiries == null ? List.of() : List.copyOf(expiries);
        exams = exams == null ? ExamHistory.NONE : exams;
    }

    /** How the mentor has been answering proposals, as matching recorded it. */
    public Responsiveness responsiveness() {
        return new Responsiveness(expiries, lastAnsweredAt, inactiveMarkedAt);
    }

    public int capacityLeft() {
        return Math.max(0, capacity - reserved);
    }

    public LocalDate pausedUntilDate() {
        return pausedUntil == null || pausedUntil.isBlank() ? null : LocalDate.parse(pausedUntil);
    }

    /** The mentor as scoring sees them. */
    public MentorCandidate candidate() {
        return new MentorCandidate(id, displayName, matchedSpecialty, medicalSchoolCountry, unmatchedCyclesBeforeMatch, capacity,
                reserved, accepting, pausedUntilDate(), languages, topics, background());
    }

    private MentorBackground background() {
        Integer yearsToMatch = matchedYear != null && graduationYear != null ? matchedYear - graduationYear : null;
        return new MentorBackground(usImg, yearsToMatch, matchedViaSoap, exams, MenteeReadModel.constant(VisaNeed.class, visaPath),
                MenteeReadModel.constant(CurrentRole.class, currentRole), UtcOffsets.standardMinutes(timeZone));
    }
}
