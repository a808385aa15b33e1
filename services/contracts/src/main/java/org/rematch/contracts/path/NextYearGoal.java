package org.rematch.contracts.path;

/** What an unmatched IMG aims for in the coming year. */
public enum NextYearGoal {
    REAPPLY_SAME_SPECIALTY,
    SWITCH_SPECIALTY,
    PRELIMINARY_YEAR,
    RESEARCH_YEAR,
    /** Physician assistant, nurse practitioner and similar licensed pathways. */
    ALTERNATIVE_PATHWAY,
    PUBLIC_HEALTH,
    NON_CLINICAL_INDUSTRY
}
