package org.rematch.contracts.path;

/** What a mentor does now: a clinical role after the match, or an alternative career. */
public enum CurrentRole {
    RESIDENT(false),
    FELLOW(false),
    ATTENDING(false),
    /** Physician assistant or nurse practitioner. */
    PA_NP(true),
    PUBLIC_HEALTH(true),
    /** Non-clinical industry role (pharma, health tech, consulting...). */
    INDUSTRY(true),
    RESEARCH(true);

    private final boolean alternativeCareer;

    CurrentRole(boolean alternativeCareer) {
        this.alternativeCareer = alternativeCareer;
    }

    /** True for the careers outside residency and practice that many IMGs take instead. */
    public boolean alternativeCareer() {
        return alternativeCareer;
    }
}
