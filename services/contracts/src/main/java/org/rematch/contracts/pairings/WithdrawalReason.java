package org.rematch.contracts.pairings;

/** Why matching withdrew a proposal before the mentor answered. */
public enum WithdrawalReason {
    /** The mentor paused until a date. */
    MENTOR_PAUSED,
    /** The mentor stopped taking mentees (closed the listing, or was marked inactive). */
    MENTOR_NOT_ACCEPTING,
    /** The mentor lowered their capacity below the mentees they already have or were asked about. */
    CAPACITY_REDUCED,
    /** The mentee flagged a conflict of interest with the mentor (e.g. they work where the mentee applies). */
    CONFLICT_OF_INTEREST
}
