package org.rematch.matching.pairing;

public enum PairingState {
    PROPOSED, ACCEPTED, DECLINED;

    /** A pairing that holds the mentee (and a slot of the mentor): the mentee is not seeking another mentor. */
    public boolean open() {
        return this == PROPOSED || this == ACCEPTED;
    }
}
