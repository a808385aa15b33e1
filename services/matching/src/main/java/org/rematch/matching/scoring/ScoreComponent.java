package org.rematch.matching.scoring;

/**
 * The parts of a same-path score, each compared by one {@link PathComparison} and weighted by {@link ScoringWeights}.
 * A score's components are the points each part added.
 */
public enum ScoreComponent {
    /** The mentor matched into one of the mentee's target specialties. */
    SPECIALTY,
    /** Medical school in the same country. */
    COUNTRY,
    /** The mentor's unmatched cycles before matching against the mentee's attempts so far. */
    CYCLES,
    /** Both US citizens who studied abroad, or both not. */
    US_IMG,
    /** The mentor matched through SOAP, which the mentee went through. */
    SOAP,
    /** Step 2 CK score band and USMLE attempts. */
    EXAMS,
    /** The mentor's years from graduation to the match against the mentee's years since graduation. */
    GRADUATION,
    /** The mentor trained on the visa the mentee needs. */
    VISA,
    /** The mentor's role now is where the mentee's goal leads. */
    GOAL,
    /** The mentor mentors on what the mentee wants help with. */
    HELP_TOPICS,
    /** How many hours apart they live. */
    TIME_ZONE,
    /** A shared language besides English (worth no points by default: a shared language is already a hard rule). */
    LANGUAGES
}
