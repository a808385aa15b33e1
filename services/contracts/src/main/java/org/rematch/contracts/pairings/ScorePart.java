package org.rematch.contracts.pairings;

/** The points one component of a same-path score added (e.g. SPECIALTY 0.3), as a proposal tells it. */
public record ScorePart(String component, double points) {
}
