package org.rematch.matching.policy;

/** What the request policy decides about a mentee asking a mentor. */
public sealed interface RequestDecision {

    /** Matching may propose the mentee to the mentor (if a slot can still be reserved). */
    record Allowed() implements RequestDecision {
    }

    /** The mentee is already proposed to this very mentor (a retried request): answer with that pairing, change nothing. */
    record AlreadyProposed(String pairingId) implements RequestDecision {
    }

    /** Matching cannot propose them: {@code detail} says why in plain words, to the mentee. */
    record Refused(RequestRefusal reason, String detail) implements RequestDecision {
    }
}
