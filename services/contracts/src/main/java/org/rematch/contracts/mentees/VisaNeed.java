package org.rematch.contracts.mentees;

public enum VisaNeed {
    NONE, J1, H1B
}
