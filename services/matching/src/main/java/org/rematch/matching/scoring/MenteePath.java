package org.rematch.matching.scoring;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What scoring needs to know of a mentee's path: where they aim (target specialty codes in their order of preference,
 * 1 to 3), where they trained, how often they tried, the languages they speak (ISO 639-1 codes), the help they asked
 * for ({@code HelpTopic} names), and the rest of their {@link MenteeBackground}.
 */
public record MenteePath(String menteeId, List<String> targetSpecialties, String medicalSchoolCountry, int matchAttempts,
        List<String> languages, Set<String> helpWanted, MenteeBackground background) {

    public MenteePath {
        targetSpecialties = targetSpecialties == null ? List.of() : targetSpecialties.stream().filter(Objects::nonNull).toList();
        languages = Words.languageCodes(languages);
        helpWanted = Words.topicNames(helpWanted);
        background = background == null ? MenteeBackground.UNKNOWN : background;
    }

    /** A path with no background known. */
    public MenteePath(String menteeId, List<String> targetSpecialties, String medicalSchoolCountry, int matchAttempts,
            List<String> languages, Set<String> helpWanted) {
        this(menteeId, targetSpecialties, medicalSchoolCountry, matchAttempts, languages, helpWanted, MenteeBackground.UNKNOWN);
    }

    /** A path with no languages, help wanted or background. */
    public MenteePath(String menteeId, List<String> targetSpecialties, String medicalSchoolCountry, int matchAttempts) {
        this(menteeId, targetSpecialties, medicalSchoolCountry, matchAttempts, List.of(), Set.of());
    }

    /**
     * The position (0 = first choice) of {@code specialty} among the mentee's target specialties, or -1 if it is none
     * of them. Codes compare ignoring case; a blank never matches.
     */
    public int choiceOf(String specialty) {
        for (int i = 0; i < targetSpecialties.size(); i++) {
            if (Words.same(specialty, targetSpecialties.get(i))) {
                return i;
            }
        }
        return -1;
    }
}
