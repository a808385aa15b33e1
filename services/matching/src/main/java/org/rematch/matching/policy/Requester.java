package org.rematch.matching.policy;

import java.util.List;
import java.util.Set;

/**
 * The mentee asking for a mentor, as the request policy needs them.
 *
 * @param registered whether matching holds their path profile
 * @param status     their profile status (SEEKING, PAUSED, WITHDRAWN, MATCHED, PAIRED); null from producers that send
 *                   none, which counts as seeking, as it does for matching's own proposals
 * @param pairings   every pairing of theirs matching keeps
 * @param conflicts  the mentors they flagged a conflict of interest with
 */
public record Requester(boolean registered, String status, List<PastPairing> pairings, Set<String> conflicts) {

    public static final String SEEKING = "SEEKING";

    public Requester {
        pairings = pairings == null ? List.of() : List.copyOf(pairings);
        conflicts = conflicts == null ? Set.of() : Set.copyOf(conflicts);
    }

    /** A mentee who flagged no conflict. */
    public Requester(boolean registered, String status, List<PastPairing> pairings) {
        this(registered, status, pairings, Set.of());
    }

    /** A mentee matching has no profile of. */
    public static Requester unregistered() {
        return new Requester(false, null, List.of());
    }

    public boolean seeking() {
        return status == null || SEEKING.equals(status);
    }
}
