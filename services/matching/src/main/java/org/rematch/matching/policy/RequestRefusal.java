package org.rematch.matching.policy;

/** Why matching cannot propose a mentee to the mentor they asked for. */
public enum RequestRefusal {
    /** No such mentor in matching's copy of the directory (unknown, or gone): answered 404. */
    MENTOR_UNKNOWN,
    /** Matching has no path profile of the mentee (not registered, or not arrived yet). */
    NO_PROFILE,
    /** The mentee has a pairing proposed or accepted right now. */
    ALREADY_PAIRED,
    /** The mentee flagged a conflict of interest with this mentor. */
    CONFLICT_FLAGGED,
    /** The mentee's profile is paused, withdrawn or matched: they are not seeking a mentor. */
    NOT_SEEKING,
    /** The mentor does not take new mentees (availability closed). */
    MENTOR_NOT_ACCEPTING,
    /** The mentor pauses until a day after today. */
    MENTOR_PAUSED,
    /**
     * Every slot of the mentor is held by a proposal or a mentorship; also the answer when this mentor declined the
     * mentee before, because a mentee is never told which mentor declined them.
     */
    MENTOR_AT_CAPACITY
}
