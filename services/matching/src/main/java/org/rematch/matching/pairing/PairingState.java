package org.rematch.matching.pairing;

public enum PairingState {
    PROPOSED, ACCEPTED, DECLINED, EXPIRED, WITHDRAWN, ENDED;

    /** A pairing that holds the mentee (and a slot of the mentor): the mentee is not seeking another mentor. */
    public boolean open() {
        return this == PROPOSED || this == ACCEPTED;
    }

    /** A proposal the mentor turned down or let expire: the mentee is never told which mentor it was. */
    public boolean refused() {
        return this == DECLINED || this == EXPIRED;
    }
}
