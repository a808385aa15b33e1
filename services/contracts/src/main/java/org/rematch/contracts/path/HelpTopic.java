package org.rematch.contracts.path;

/** What a mentee wants help with, and what a mentor offers to mentor on: one vocabulary, so the two can meet. */
public enum HelpTopic {
    APPLICATION_REVIEW,
    USCE,
    RESEARCH,
    EXAMS,
    INTERVIEWS,
    VISA,
    WELLBEING,
    ALTERNATIVE_CAREERS
}
