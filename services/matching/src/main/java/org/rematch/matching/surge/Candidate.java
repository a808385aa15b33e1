package org.rematch.matching.surge;

/** A mentor a waiting mentee could be proposed, with their same-path score for that mentee (0 to 1). */
public record Candidate(String mentorId, double score) {
}
