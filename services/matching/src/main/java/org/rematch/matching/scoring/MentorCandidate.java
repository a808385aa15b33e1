package org.rematch.matching.scoring;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A mentor as scoring sees them: the journey from their listing (the part every comparison needs here, the rest in
 * their {@link MentorBackground}) and how many of their slots are taken.
 *
 * @param reserved    slots held by proposed or accepted pairings
 * @param pausedUntil set while the mentor pauses (the listing then says not accepting), else null
 * @param languages   ISO 639-1 codes
 * @param topics      the {@code HelpTopic} names the mentor mentors on
 */
public record MentorCandidate(
        String mentorId,
        String displayName,
        String matchedSpecialty,
        String medicalSchoolCountry,
        int unmatchedCyclesBeforeMatch,
        int capacity,
        int reserved,
        boolean accepting,
        LocalDate pausedUntil,
        List<String> languages,
        Set<String> topics,
        MentorBackground background) {

    public MentorCandidate {
        languages = Words.languageCodes(languages);
        topics = Words.topicNames(topics);
        background = background == null ? MentorBackground.UNKNOWN : background;
    }

    /** A mentor with no background known. */
    public MentorCandidate(String mentorId, String displayName, String matchedSpecialty, String medicalSchoolCountry,
            int unmatchedCyclesBeforeMatch, int capacity, int reserved, boolean accepting, LocalDate pausedUntil, List<String> languages,
            Set<String> topics) {
        this(mentorId, displayName, matchedSpecialty, medicalSchoolCountry, unmatchedCyclesBeforeMatch, capacity, reserved, accepting,
                pausedUntil, languages, topics, MentorBackground.UNKNOWN);
    }

    /** A mentor with no pause, languages, topics or background. */
    public MentorCandidate(String mentorId, String displayName, String matchedSpecialty, String medicalSchoolCountry,
            int unmatchedCyclesBeforeMatch, int capacity, int reserved, boolean accepting) {
        this(mentorId, displayName, matchedSpecialty, medicalSchoolCountry, unmatchedCyclesBeforeMatch, capacity, reserved,
                accepting, null, List.of(), Set.of());
    }

    public int capacityLeft() {
        return Math.max(0, capacity - reserved);
    }

    /**
     * Whether the mentor takes new mentees on {@code today}. A pause decides while one is set: the mentor is back once
     * {@code pausedUntil} is today or past, even if the listing still says not accepting (nobody republishes it the
     * day the pause ends); without a pause, {@code accepting} decides.
     */
    public boolean accepting(LocalDate today) {
        return pausedUntil == null ? accepting : !pausedUntil.isAfter(today);
    }

    /** Whether the mentor can take one more mentee on {@code today}: accepting and a slot left. */
    public boolean available(LocalDate today) {
        return accepting(today) && capacityLeft() > 0;
    }
}
