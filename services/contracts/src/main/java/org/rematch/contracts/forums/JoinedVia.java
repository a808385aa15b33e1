package org.rematch.contracts.forums;

/** How someone became a member: they joined themselves, or a recommendation joined them (their preference). */
public enum JoinedVia {
    SELF, RECOMMENDATION
}
