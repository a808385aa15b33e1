package org.rematch.profiles.core;

/** Where an IMG stands with ECFMG certification, which a US residency requires. */
public enum EcfmgStatus {
    NOT_STARTED, IN_PROGRESS, CERTIFIED
}
