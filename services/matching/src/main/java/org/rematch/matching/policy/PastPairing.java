package org.rematch.matching.policy;

/** One pairing of the requesting mentee, as the request policy needs it. */
public record PastPairing(String pairingId, String mentorId, Stage stage) {

    public enum Stage { PROPOSED, ACCEPTED, DECLINED, EXPIRED, WITHDRAWN, ENDED }

    /** Whether it holds the mentee now: proposed or accepted. */
    public boolean open() {
        return stage == Stage.PROPOSED || stage == Stage.ACCEPTED;
    }

    /** Whether the mentor turned it down or let it expire: they are not asked for this mentee again. */
    public boolean refused() {
        return stage == Stage.DECLINED || stage == Stage.EXPIRED;
    }
}
