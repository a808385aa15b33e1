package org.rematch.matching.scoring;

/**
 * The parts of a mentee's path that scoring compares, and so the part a match reason stems from. Attempts (and SOAP,
 * which tells of an unmatched cycle), visa need and exam history are sensitive: scoring always uses them, but a mentor
 * is shown them (or a reason resting on them) only when the mentee chose to share them (see {@link Disclosure}).
 */
public enum PathField {
    TARGET_SPECIALTY(false),
    MEDICAL_SCHOOL_COUNTRY(false),
    US_IMG(false),
    GRADUATION_YEAR(false),
    MATCH_ATTEMPTS(true),
    VISA_NEED(true),
    EXAM_HISTORY(true),
    GOAL(false),
    LANGUAGES(false),
    HELP_WANTED(false),
    TIME_ZONE(false);

    private final boolean sensitive;

    PathField(boolean sensitive) {
        this.sensitive = sensitive;
    }

    /** Whether the mentee decides if a mentor may see it. */
    public boolean sensitive() {
        return sensitive;
    }
}
