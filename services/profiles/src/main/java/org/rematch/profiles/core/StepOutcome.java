package org.rematch.profiles.core;

/** How a USMLE step went: passed, failed (every attempt so far), or not taken yet. */
public enum StepOutcome {
    PASS, FAIL, NOT_TAKEN
}
