package org.rematch.contracts.pairings;

/** Who started a pairing: matching's own search, or the mentee asking a mentor they found in the directory. */
public enum PairingOrigin {
    MATCHING,
    MENTEE_REQUEST
}
