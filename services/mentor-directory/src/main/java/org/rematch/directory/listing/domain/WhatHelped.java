package org.rematch.directory.listing.domain;

/** What a mentor says got them matched: the tags mentees browse by. */
public enum WhatHelped {
    /** US clinical experience. */
    USCE,
    RESEARCH_YEAR,
    PRELIMINARY_YEAR,
    STEP3,
    NETWORKING,
    /** Applying mainly to community programs. */
    COMMUNITY_PROGRAMS,
    /** Applying mainly to university programs. */
    UNIVERSITY_PROGRAMS,
    /** Applying to programs with a record of taking IMGs. */
    IMG_FRIENDLY_PROGRAMS
}
