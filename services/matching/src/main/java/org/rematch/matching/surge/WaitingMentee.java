package org.rematch.matching.surge;

import java.util.List;

/**
 * A mentee in a surge batch and their candidate mentors (the top K by score, any order). The batch lists mentees in
 * the order they registered, which first-come assignment follows.
 */
public record WaitingMentee(String menteeId, List<Candidate> candidates) {

    public WaitingMentee {
        candidates = List.copyOf(candidates);
    }
}
